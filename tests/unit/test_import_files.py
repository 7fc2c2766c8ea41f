"""Reading files to import: real formats sniffed, unsafe files refused, sheets read right.

Also holds the helpers the other import tests use to make spreadsheets.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.exchange import sources
from app.exchange.sources import ExchangeError, open_source
from tests.conftest import SHARED_DATA

# --- Helpers (imported by the other import tests) ---------------------------------------------


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    title: str = "Sheet1",
    more: dict[str, Sequence[Sequence[Any]]] | None = None,
    hidden: Sequence[str] = (),
    setup: Callable[[openpyxl.Workbook], None] | None = None,
) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for name, other in (more or {}).items():
        extra = workbook.create_sheet(name)
        for row in other:
            extra.append(list(row))
    for name in hidden:
        workbook[name].sheet_state = "hidden"
    if setup:
        setup(workbook)
    workbook.save(path)
    return path


def patch_xlsx(path: Path, member: str, change: Callable[[str], str]) -> Path:
    """Rewrite one XML part of a workbook."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts[member] = change(parts.get(member, b"").decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def rows_of(path: Path, sheet: str | None = None) -> list[list[Any]]:
    with open_source(path) as source:
        return [cells for _, cells in source.rows(sheet)]


# --- Formats that are not .xlsx ------------------------------------------------------------


def _message(error: pytest.ExceptionInfo[ExchangeError]) -> str:
    return error.value.template


def test_a_legacy_xls_file_is_refused_with_what_to_do(tmp_path: Path):
    path = tmp_path / "clients.xls"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(ole + "Workbook".encode("utf-16-le") + b"\x00" * 2000)
    with pytest.raises(ExchangeError) as error:
        open_source(path)
    assert _message(error) == sources.MSG_XLS
    assert "save it as an Excel workbook (.xlsx)" in str(error.value)
    # Renamed .xlsx, it is still recognised for what it is.
    renamed = shutil.copy(path, tmp_path / "clients.xlsx")
    with pytest.raises(ExchangeError) as error:
        open_source(renamed)
    assert _message(error) == sources.MSG_XLS


def test_an_encrypted_workbook_is_refused_asking_to_remove_the_password(tmp_path: Path):
    path = tmp_path / "secret.xlsx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    body = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64
    body += "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(ole + body + b"\x00" * 2000)
    with pytest.raises(ExchangeError) as error:
        open_source(path)
    assert _message(error) == sources.MSG_ENCRYPTED
    assert "password" in str(error.value)


@pytest.mark.parametrize("name", ["stock.ods", "stock.xlsx"])
def test_an_ods_file_is_refused_even_renamed(tmp_path: Path, name: str):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ExchangeError) as error:
        open_source(path)
    assert _message(error) == sources.MSG_ODS


def test_a_csv_renamed_xlsx_is_read_as_the_csv_it_is(tmp_path: Path):
    path = tmp_path / "export.xlsx"
    path.write_text("Nom;Prénom;Ville\nDurand;Zoé;Lyon\n", encoding="cp1252")
    with open_source(path) as source:
        assert source.format == "csv"
        assert [cells for _, cells in source.rows(None)] == [
            ["Nom", "Prénom", "Ville"],
            ["Durand", "Zoé", "Lyon"],
        ]


@pytest.mark.parametrize("content", [b"", b"\r\n  \n", b"\xef\xbb\xbf"])
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as error:
        open_source(path)
    assert _message(error) == sources.MSG_EMPTY


def test_a_missing_file_and_a_binary_file_get_a_clear_message(tmp_path: Path):
    with pytest.raises(ExchangeError) as error:
        open_source(tmp_path / "nowhere.xlsx")
    assert _message(error) == sources.MSG_NOT_FOUND
    picture = tmp_path / "photo.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(ExchangeError) as error:
        open_source(picture)
    assert _message(error) == sources.MSG_NOT_SPREADSHEET


def test_a_truncated_workbook_is_reported_damaged(tmp_path: Path):
    path = write_xlsx(tmp_path / "ok.xlsx", [["Nom"], ["Durand"]])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(path.read_bytes()[:400])
    with pytest.raises(ExchangeError) as error:
        open_source(broken)
    assert _message(error) in (sources.MSG_DAMAGED, sources.MSG_NOT_SPREADSHEET)


# --- Unsafe workbooks -----------------------------------------------------------------------

_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
_EXTERNAL = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'


def _with_doctype(doctype: str, entity: str) -> Callable[[str], str]:
    def change(xml: str) -> str:
        xml = re.sub(r"^<\?xml[^>]*\?>", "", xml)
        return doctype + xml.replace(">Durand<", f">{entity}<", 1)

    return change


@pytest.mark.parametrize(("doctype", "entity"), [(_BOMB, "&lol3;"), (_EXTERNAL, "&e;")])
def test_xml_entities_in_a_sheet_are_refused(tmp_path: Path, doctype: str, entity: str):
    path = write_xlsx(tmp_path / "bomb.xlsx", [["Nom"], ["Durand"]])
    patch_xlsx(path, "xl/worksheets/sheet1.xml", _with_doctype(doctype, entity))
    with pytest.raises(ExchangeError) as error, open_source(path) as source:
        source.preview(None)
    assert _message(error) == sources.MSG_UNSAFE_XML


def with_shared_strings(path: Path, prefix: str = "", text: str = "Durand") -> Path:
    """Move the cell "Durand" into a shared strings part (openpyxl writes inline strings)."""
    patch_xlsx(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace('t="inlineStr"><is><t>Durand</t></is>', 't="s"><v>0</v>'),
    )
    patch_xlsx(
        path,
        "xl/sharedStrings.xml",
        lambda _: (
            prefix + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
            f'main" count="1" uniqueCount="1"><si><t>{text}</t></si></sst>'
        ),
    )
    return patch_xlsx(
        path,
        "[Content_Types].xml",
        lambda xml: xml.replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
    )


def test_shared_strings_are_read(tmp_path: Path):
    path = with_shared_strings(write_xlsx(tmp_path / "ok.xlsx", [["Nom"], ["Durand"]]))
    assert rows_of(path) == [["Nom"], ["Durand"]]


@pytest.mark.parametrize(("doctype", "entity"), [(_BOMB, "&lol3;"), (_EXTERNAL, "&e;")])
def test_xml_entities_in_the_shared_strings_are_refused(tmp_path: Path, doctype: str, entity: str):
    path = write_xlsx(tmp_path / "bomb.xlsx", [["Nom"], ["Durand"]])
    with_shared_strings(path, doctype, entity)
    with pytest.raises(ExchangeError) as error:
        with open_source(path) as source:
            source.preview(None)
    assert _message(error) == sources.MSG_UNSAFE_XML


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = write_xlsx(tmp_path / "bomb.xlsx", [["Nom"], ["Durand"]])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\x00" * 30_000_000)
    assert zipfile.ZipFile(path).getinfo("xl/media/padding.bin").compress_size < 100_000
    opened: list[str] = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile,
        "open",
        lambda self, name, *a, **k: opened.append(str(name)) or real_open(self, name, *a, **k),
    )
    with pytest.raises(ExchangeError) as error:
        open_source(path)
    assert _message(error) == sources.MSG_BOMB
    assert not any("padding" in name for name in opened)


def test_an_archive_declaring_too_much_in_all_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = write_xlsx(tmp_path / "big.xlsx", [["Nom"], ["Durand"]])
    monkeypatch.setattr(sources, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(ExchangeError) as error:
        open_source(path)
    assert _message(error) == sources.MSG_BOMB


def test_a_huge_declared_dimension_and_far_stray_cells_cost_nothing(tmp_path: Path):
    path = write_xlsx(tmp_path / "stray.xlsx", [["Nom", "Ville"], ["Durand", "Lyon"]])
    patch_xlsx(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(
            r"<dimension ref=\"[^\"]*\"\s*/>", '<dimension ref="A1:XFD1048576"/>', xml
        ).replace(
            "</sheetData>",
            '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c>'
            '<c r="A1048576" t="inlineStr"><is><t>Martin</t></is></c></row></sheetData>',
        ),
    )
    with open_source(path) as source:
        assert source.sheets[0].rows == 1_048_576  # declared, and only a hint
        records = list(source.records(None, 0))
    assert [number for number, _ in records] == [2, 1_048_576]
    assert records[0][1] == ["Durand", "Lyon"]
    assert records[1][1] == ["Martin"]  # the cell of column XFD is cut off
    assert all(len(cells) <= sources.MAX_COLUMNS for _, cells in records)


# --- Sheets as people make them ---------------------------------------------------------------


def test_header_below_a_title_and_blank_rows_are_found(tmp_path: Path):
    path = write_xlsx(
        tmp_path / "clients.xlsx",
        [
            ["Liste des clients — export du 03/11/2024"],
            [],
            ["Nom", "Prénom", "Ville", "CP"],
            ["Durand", "Zoé", "Lyon", 69003],
            [],
            [None, None, None, None],
            ["Martin", "Léo", "Paris", 75011],
        ],
    )
    with open_source(path) as source:
        header = source.detect_header(None)
        assert header == 2
        assert source.headers(None, header) == ["Nom", "Prénom", "Ville", "CP"]
        assert [number for number, _ in source.records(None, header)] == [4, 7]


def test_hidden_sheets_are_listed_and_not_chosen_by_default(tmp_path: Path):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        [["secret"], ["x"]],
        title="Paramètres",
        more={"Clients": [["Nom"], ["Durand"]]},
        hidden=["Paramètres"],
    )
    with open_source(path) as source:
        assert [(s.name, s.hidden) for s in source.sheets] == [
            ("Paramètres", True),
            ("Clients", False),
        ]
        assert source.sheet_name(None) == "Clients"
        assert source.preview(None) == [["Nom"], ["Durand"]]
        assert source.preview("Paramètres") == [["secret"], ["x"]]
        with pytest.raises(ExchangeError) as error:
            source.sheet_name("Nope")
        assert _message(error) == sources.MSG_NO_SHEET


def test_merged_cells_give_their_value_to_the_whole_range(tmp_path: Path):
    def merge(workbook: openpyxl.Workbook) -> None:
        workbook.active.merge_cells("C2:C3")  # one city for two people
        workbook.active.merge_cells("A1:B1")  # a header spanning two columns

    path = write_xlsx(
        tmp_path / "merged.xlsx",
        [["Nom", None, "Ville"], ["Durand", "Zoé", "Lyon"], ["Martin", "Léo", None]],
        setup=merge,
    )
    assert rows_of(path) == [
        ["Nom", "Nom", "Ville"],
        ["Durand", "Zoé", "Lyon"],
        ["Martin", "Léo", "Lyon"],
    ]


def test_formulas_give_their_cached_value_and_external_links_are_not_followed(tmp_path: Path):
    path = write_xlsx(tmp_path / "f.xlsx", [["Qté", "Prix", "Total", "Ext"], [2, 3.5, None, None]])

    def cells(xml: str) -> str:
        return xml.replace(
            "</row></sheetData>",
            '<c r="C2"><f>A2*B2</f><v>7</v></c>'
            '<c r="D2"><f>[1]Feuil1!A1</f><v>42</v></c>'
            '<c r="E2"><f>WEBSERVICE("http://example.invalid/")</f></c></row></sheetData>',
        )

    patch_xlsx(path, "xl/worksheets/sheet1.xml", cells)
    assert rows_of(path)[1] == [2, 3.5, 7, 42]  # E2 has no cached value: empty


def test_dates_in_a_1904_workbook(tmp_path: Path):
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    def mac(workbook: openpyxl.Workbook) -> None:
        workbook.epoch = CALENDAR_MAC_1904
        workbook.active["A2"].number_format = "DD/MM/YYYY"

    path = write_xlsx(tmp_path / "mac.xlsx", [["Date"], [datetime(2024, 12, 31)]], setup=mac)
    with zipfile.ZipFile(path) as archive:
        assert b'date1904="1"' in archive.read("xl/workbook.xml")
    with open_source(path) as source:
        assert source.epoch_1904
        assert [cells for _, cells in source.rows(None)][1] == [datetime(2024, 12, 31)]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ";", True), ("utf-8", ",", False), ("cp1252", ";", False), ("utf-8", "\t", False)],
)
def test_csv_encodings_and_delimiters_are_detected(
    tmp_path: Path, encoding: str, delimiter: str, bom: bool
):
    lines = [
        ["Nom", "Prénom", "Société", "Montant"],
        ["Lefèvre", "Zoé", "Café, Thé & Co", "1 234,56"],
    ]
    text = "\r\n".join(
        delimiter.join(f'"{c}"' if delimiter in c else c for c in line) for line in lines
    )
    path = tmp_path / "export.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    with open_source(path) as source:
        assert source.format == "csv"
        assert source.delimiter == delimiter  # type: ignore[attr-defined]
        assert [cells for _, cells in source.rows(None)] == lines


def test_windows_1252_accents_late_in_a_big_csv_are_still_read(tmp_path: Path):
    path = tmp_path / "late.csv"
    body = "Nom;Ville\n" + "Durand;Lyon\n" * 30_000 + "Lefèvre;Orléans\n"
    path.write_bytes(body.encode("cp1252"))
    rows = rows_of(path)
    assert rows[-1] == ["Lefèvre", "Orléans"]


def test_the_real_retail_workbook_is_read_with_its_two_sheets(tmp_path: Path):
    path = shutil.copy(SHARED_DATA / "online_retail_II_sample.xlsx", tmp_path / "retail.xlsx")
    with open_source(path) as source:
        assert [s.name for s in source.sheets] == ["Year 2009-2010", "Year 2010-2011"]
        assert source.detect_header(None) == 0
        first = source.preview(None, 2)[1]
    assert first[0] == 490397 or str(first[0]).startswith("4")
    assert isinstance(first[4], datetime)


def test_two_hundred_thousand_rows_are_streamed(tmp_path: Path):
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("N° client;Nom;Courriel\n")
        for i in range(200_000):
            handle.write(f"{i};Nom{i};n{i}@exemple.fr\n")
    with open_source(path) as source:
        count = 0
        last: list[Any] = []
        for _, cells in source.records(None, 0):
            count += 1
            last = cells
    assert count == 200_000
    assert last == ["199999", "Nom199999", "n199999@exemple.fr"]


def test_cell_text_shows_cells_as_a_spreadsheet_does():
    assert sources.cell_text(None) == ""
    assert sources.cell_text(12.0) == "12"
    assert sources.cell_text(date(2024, 12, 31)) == "31/12/2024"
    assert sources.cell_text(datetime(2024, 12, 31, 9, 5)) == "31/12/2024 09:05"


def test_the_apostrophe_csv_exports_put_before_formula_like_text_is_removed(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text("Tél.;Notes;Nom\r\n'+33 6 12 34 56 78;'=1+1;'Ami\r\n", encoding="utf-8-sig")
    assert rows_of(path)[1] == ["+33 6 12 34 56 78", "=1+1", "'Ami"]
