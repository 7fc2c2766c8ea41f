"""The dashboard: tiles for a period, charts that drill down to the contacts list, the
customer's value in the contact file, and lifetime values that cannot be fitted."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app import demo
from app.analytics.cache import AnalyticsCache
from app.analytics.kpis import (
    Period,
    buyers_in_month,
    cohort_retention,
    compute_kpis,
    pareto_curve,
    pipeline_funnel,
)
from app.analytics.rfm import compute_rfm
from app.analytics.segments import SEGMENTS
from app.analytics.smart_lists import SMART_LISTS, smart_list_ids
from app.contacts import ContactInput, ContactQuery, ContactService
from app.workspace import open_workspace
from models import Order, OrderLine
from models.database import Database
from ui.contact_file import ContactFileView
from ui.dashboard import average_predicted_cents, kpi_value_text, month_text
from ui.jobs import JobManager

TODAY = date(2025, 3, 14)


@pytest.fixture
def english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo shop, made once for the module: 200 contacts over 3 years up to TODAY."""
    folder = tmp_path_factory.mktemp("shop")
    (folder / "data").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMPTOIR_DATA_DIR", str(folder / "data"))
        database = open_workspace(folder / "shop.db")
        demo.populate(database, contacts=200, years=3, seed=42, today=TODAY)
        database.dispose()
    return folder / "shop.db"


@pytest.fixture
def db(db_path: Path, shop_file: Path) -> Iterator[Database]:
    """Each test's database is a fresh copy of the demo shop."""
    shutil.copyfile(shop_file, db_path)
    database = open_workspace(db_path)
    yield database
    database.dispose()


@pytest.fixture
def shop(db: Database) -> Database:
    return db


@pytest.fixture
def dash(shop: Database, window, english: None):
    """The main window on the demo shop, showing the dashboard (computed: jobs are
    synchronous in tests)."""
    window.analytics.today = lambda: TODAY
    window.dashboard.set_today(TODAY)
    window.show_pane("dashboard")
    assert not window.dashboard.is_busy()
    return window


def tile_value(window, key: str) -> str:
    return window.dashboard.tiles[key].value.text()


def label_text(widget: QWidget, name: str) -> str:
    found = [label.text() for label in widget.findChildren(QLabel, name)]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def click_data_point(chart, x: float, y: float) -> None:
    """A real left click on the chart at data coordinates (x, y), through matplotlib."""
    chart.draw()
    px, py = chart.ax.transData.transform((x, y))
    MouseEvent("button_press_event", chart, px, py, button=1)._process()


def shown_ids(window) -> set[str]:
    return set(window.contacts.model.ids())


def test_the_tiles_show_the_indicators_of_the_period(dash, shop) -> None:
    assert dash.current_pane() == "dashboard"
    report = compute_kpis(shop, Period.twelve_months_to(TODAY))
    for key in ("revenue_cents", "orders", "customers_new", "average_basket_cents"):
        kpi = report.get(key)
        assert kpi.value is not None
        assert tile_value(dash, key) == kpi_value_text(kpi.value, kpi.unit)
    # The revenue of the last 12 months, in English money.
    assert tile_value(dash, "revenue_cents").startswith("€")
    revenue = report.get("revenue_cents")
    change = dash.dashboard.tiles["revenue_cents"].change.text()
    assert change[0] == ("▲" if revenue.value > revenue.previous else "▼")
    assert "Previous period" in dash.dashboard.tiles["revenue_cents"].toolTip()
    # Snapshots of now say so instead of a change.
    assert dash.dashboard.tiles["pipeline_open_cents"].change.text() == "right now"
    # Every chart is drawn, none shows a message.
    assert {name: chart.message() for name, chart in dash.dashboard.charts.items()} == {
        name: None for name in dash.dashboard.charts
    }


def test_changing_the_period_updates_the_tiles(dash, shop) -> None:
    pane = dash.dashboard
    combo = pane.period_combo
    combo.setCurrentIndex(combo.findData("last_year"))
    assert not pane.is_busy()
    report = compute_kpis(shop, Period.year(TODAY.year - 1))
    for key in ("revenue_cents", "orders", "customers_total"):
        kpi = report.get(key)
        assert tile_value(dash, key) == kpi_value_text(kpi.value, kpi.unit)
    assert pane.as_of() == date(TODAY.year - 1, 12, 31)
    assert pane.segments is not None and pane.segments.as_of == date(TODAY.year - 1, 12, 31)
    # The revenue chart covers the year, with the months of the year before as a line.
    assert pane.revenue_chart.months[0] == date(TODAY.year - 1, 1, 1)
    assert len(pane.revenue_chart.months) == 12
    # A custom period: two dates.
    combo.setCurrentIndex(combo.findData("custom"))
    assert pane.start_edit.isVisibleTo(pane) and pane.end_edit.isVisibleTo(pane)
    pane.start_edit.setDate(pane.start_edit.date().fromString("2024-10-01", "yyyy-MM-dd"))
    pane.end_edit.setDate(pane.end_edit.date().fromString("2024-12-31", "yyyy-MM-dd"))
    pane.refresh()
    report = compute_kpis(shop, Period(date(2024, 10, 1), date(2024, 12, 31)))
    kpi = report.get("revenue_cents")
    assert tile_value(dash, "revenue_cents") == kpi_value_text(kpi.value, kpi.unit)


def test_clicking_a_segment_bar_lists_exactly_its_customers(dash, shop, qtbot) -> None:
    rfm = compute_rfm(shop, TODAY)
    chart = dash.dashboard.segment_chart
    codes = [bar.code for bar in chart.bars]
    assert codes == [info.code for info in SEGMENTS]
    code = max(codes, key=lambda c: rfm.segment_sizes()[c][0])  # the biggest segment
    expected = {row.contact_id for row in rfm.rows if row.segment == code}
    assert expected
    # Bars run top to bottom in SEGMENTS order: the first is at the highest y.
    y = len(codes) - 1 - codes.index(code)
    with qtbot.waitSignal(dash.dashboard.customersRequested):
        click_data_point(chart, 1, y)
    assert dash.current_pane() == "contacts"
    assert shown_ids(dash) == expected
    chip = dash.contacts.ids_chip
    assert chip.isVisibleTo(dash.contacts)
    name = next(info.name for info in SEGMENTS if info.code == code)
    count = len(expected)
    # (No translator in tests: the English plural form is the source's "contact(s)".)
    assert dash.contacts.ids_chip_label.text().startswith(f"Segment: {name} — {count} contact")
    # The list works as usual inside the segment: search narrows it, sorting keeps it.
    rows = ContactService(shop).rows(sorted(expected))
    first = rows[0].name.split()[-1]
    dash.contacts.search.setText(first)
    dash.contacts.apply_filters()
    assert shown_ids(dash) and shown_ids(dash) <= expected
    dash.contacts.search.clear()
    dash.contacts.apply_filters()
    dash.contacts.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert shown_ids(dash) == expected
    status = dash.contacts.status_filter
    status.setCurrentIndex(status.findData("customer"))  # filtered in SQL, then by the ids
    customers = set(ContactService(shop).search_ids(ContactQuery(status="customer")))
    assert shown_ids(dash) == expected & customers
    status.setCurrentIndex(0)
    assert shown_ids(dash) == expected
    # Removing the chip shows every contact again.
    qtbot.mouseClick(dash.contacts.ids_chip_close, Qt.MouseButton.LeftButton)
    assert not chip.isVisibleTo(dash.contacts)
    assert dash.contacts.model.rowCount() == ContactService(shop).count(ContactQuery())


def test_clicking_a_grid_cell_lists_the_customers_of_the_cell(dash, shop) -> None:
    rfm = compute_rfm(shop, TODAY)
    counts = rfm.grid_counts()
    r, f = 1, 1
    expected = {row.contact_id for row in rfm.rows if (row.r_score, row.f_score) == (r, f)}
    assert len(expected) == counts[r - 1, f - 1] > 0
    click_data_point(dash.dashboard.grid_chart, f, r)  # F across, R up
    assert dash.current_pane() == "contacts"
    assert shown_ids(dash) == expected
    assert dash.contacts.ids_chip_label.text().startswith("R1 · F1 (Hibernating) — ")


def test_the_other_charts_and_the_smart_lists_drill_down_too(dash, shop, qtbot) -> None:
    pane = dash.dashboard
    requests: list[tuple[list[str], str]] = []
    pane.customersRequested.connect(lambda ids, title: requests.append((ids, title)))

    month = pane.revenue_chart.months[-2]
    assert pane.revenue_chart.click_at(len(pane.revenue_chart.months) - 2, 1.0) == month
    assert requests[-1][0] == buyers_in_month(shop, month)
    assert requests[-1][1] == f"Bought in {month_text(month)}"

    cohorts = cohort_retention(shop, TODAY, months=12)
    row = next(i for i, size in enumerate(cohorts.sizes) if size)
    pane.cohort_chart.click_at(3, row)
    assert requests[-1][0] == list(cohorts.members[cohorts.cohorts[row]])

    stages = pipeline_funnel(shop)
    assert stages
    pane.funnel_chart.click_at(0.5, len(stages) - 1)  # the top bar is the first stage
    assert requests[-1][0] == list(stages[0].contact_ids)

    pane.pareto_chart.click_at(0.5, 0.5)
    assert requests[-1][0] == list(pareto_curve(shop, Period.twelve_months_to(TODAY)).top_ids())

    rfm = compute_rfm(shop, TODAY)
    clv = dash.analytics.clv(TODAY)
    smart = SMART_LISTS[0]
    button = next(
        b for b in pane.findChildren(QPushButton, "smartList") if b.property("code") == smart.code
    )
    expected = smart_list_ids(shop, smart.code, rfm, clv, today=TODAY)
    assert button.text().endswith(f"({len(expected)})")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert requests[-1][0] == list(expected)
    assert dash.current_pane() == "contacts"
    assert shown_ids(dash) == set(expected)

    # The segment table leads to the same lists, from the keyboard.
    pane_rows = pane.segment_table.rowCount()
    assert pane_rows == len(SEGMENTS)
    pane._segment_row_activated(0)
    assert set(requests[-1][0]) == {r.contact_id for r in rfm.rows if r.segment == "champions"}


def test_the_average_predicted_value_comes_from_the_fit(dash, shop) -> None:
    clv = dash.analytics.peek_clv(TODAY)
    assert clv is not None  # fitted once, shared
    report = compute_kpis(shop, Period.twelve_months_to(TODAY), clv=clv)
    kpi = report.get("average_predicted_value")
    assert average_predicted_cents(clv) == kpi.value
    assert tile_value(dash, "average_predicted_value") == kpi_value_text(kpi.value, "cents")
    assert dash.dashboard.lifetime_values["clvActive"].text().endswith("%")


def test_the_dashboard_follows_writes(dash, shop) -> None:
    pane = dash.dashboard
    computed = dash.analytics.computed["rfm"]
    rfm = compute_rfm(shop, TODAY)
    champion = next(row.contact_id for row in rfm.rows if row.segment == "champions")
    before = pane.segments.sizes["champions"][0]
    dash.show_pane("contacts")
    ContactService(shop).delete([champion])
    dash._data_changed()
    dash.show_pane("dashboard")
    assert dash.analytics.computed["rfm"] == computed + 1
    assert pane.segments.sizes["champions"][0] == before - 1


def test_the_contact_file_shows_the_customers_value(dash, shop, qtbot) -> None:
    rfm = dash.analytics.peek_rfm()
    clv = dash.analytics.peek_clv()
    assert rfm is not None and clv is not None  # computed by the dashboard, shared
    row = max(rfm.rows, key=lambda r: (r.frequency, r.contact_id))
    dash.open_contact(row.contact_id)
    view = dash.contact_view
    assert label_text(view, "rfmScores") == f"R {row.r_score} · F {row.f_score} · M {row.m_score}"
    info = next(info for info in SEGMENTS if info.code == row.segment)
    assert label_text(view, "rfmSegment") == f"{info.name} · {info.strategy}"
    value = clv.by_contact(row.contact_id)
    assert value is not None
    assert label_text(view, "pAlive") == f"{round(value.p_alive * 100)}%"
    assert label_text(view, "predictedValue").startswith("€")
    # A prospect who never bought: said plainly.
    prospect = ContactService(shop).create(ContactInput(first_name="Jamais", last_name="Acheté"))
    dash._data_changed()
    dash.open_contact(prospect)
    # The data changed: the RFM table is computed again, after the file is shown.
    assert label_text(view, "analyticsNote") == "Computing the RFM scores…"
    qtbot.waitUntil(lambda: "Not a customer yet" in label_text(view, "analyticsNote"))


def test_opening_a_file_never_waits_for_the_computation(qtbot, shop, english) -> None:
    """Nothing computed yet: the file opens at once and fills in when the work is done."""
    cache = AnalyticsCache(shop, today=lambda: TODAY)
    jobs = JobManager()  # real background threads
    view = ContactFileView(shop, analytics=cache, jobs=jobs)
    qtbot.addWidget(view)
    try:
        customer = compute_rfm(shop, TODAY).rows[0].contact_id
        view.show_contact(customer)
        # Nothing computed yet: offered, not started (it costs memory and a few seconds).
        assert "Compute now" in label_text(view, "analyticsOffer")
        assert (cache.computed["rfm"], cache.computed["clv"]) == (0, 0)
        view.findChild(QLabel, "analyticsOffer").linkActivated.emit("compute")
        # Asked: computed in the background, the file stays usable meanwhile.
        assert label_text(view, "analyticsNote") == "Computing the RFM scores…"
        qtbot.waitUntil(lambda: bool(view.findChildren(QLabel, "rfmScores")), timeout=20000)
        qtbot.waitUntil(lambda: bool(view.findChildren(QLabel, "predictedValue")), timeout=20000)
        assert (cache.computed["rfm"], cache.computed["clv"]) == (1, 1)
    finally:
        jobs.shutdown()


@pytest.fixture
def tiny_shop(tmp_path: Path) -> Iterator[Database]:
    """Three customers: far too few to fit lifetime values."""
    db = open_workspace(tmp_path / "tiny.db")
    service = ContactService(db)
    with_orders = [
        service.create(ContactInput(first_name=f"Client{i}", last_name="Test", status="customer"))
        for i in range(3)
    ]
    with db.write("import", "orders") as session:
        for index, contact_id in enumerate(with_orders):
            for days in (200, 90 - index * 10, 20):
                order = Order(
                    contact_id=contact_id,
                    ordered_at=datetime(2025, 3, 1, 10, tzinfo=UTC) - timedelta(days=days),
                    total_cents=4500 + 500 * index,
                )
                session.add(order)
                session.flush()
                session.add(OrderLine(order_id=order.id, description="Thé", amount_cents=4500))
    yield db
    db.dispose()


@pytest.fixture
def tiny_window(qtbot, tiny_shop: Database):
    from ui.application import create_main_window

    main = create_main_window(tiny_shop, synchronous_jobs=True)
    qtbot.addWidget(main)
    yield main
    main.jobs.shutdown()
    main.close()
    main.deleteLater()


def test_a_lifetime_value_that_cannot_be_fitted_is_explained(tiny_window, english) -> None:
    window = tiny_window
    window.analytics.today = lambda: TODAY
    window.dashboard.set_today(TODAY)
    window.show_pane("dashboard")
    pane = window.dashboard
    assert not pane.is_busy()
    message = pane.lifetime_message.text()
    assert "at least" in message and "customers" in message
    assert not pane.lifetime_figures.isVisibleTo(pane)
    tile = pane.tiles["average_predicted_value"]
    assert tile.value.text() == "—"
    assert tile.change.text() == "cannot be estimated"
    assert tile.toolTip() == message
    # The RFM part still works with three customers.
    assert sum(count for count, _cents in pane.segments.sizes.values()) == 3
    # The contact file says it briefly too.
    customer = pane.segments.rfm.rows[0].contact_id
    window.open_contact(customer)
    assert label_text(window.contact_view, "clvError") == message
    assert label_text(window.contact_view, "rfmScores").startswith("R ")


def test_the_screenshot_command_renders_the_dashboard(tmp_path: Path, db_path, db) -> None:
    from ui.screenshot import render_screenshot

    out = tmp_path / "dashboard.png"
    render_screenshot(db_path, out, "dashboard", None, (1280, 900))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 900)
    colours = {image.pixel(x, y) for x in range(0, 1280, 8) for y in range(0, 900, 8)}
    assert len(colours) > 40  # tiles, bars and curves, not a blank page
