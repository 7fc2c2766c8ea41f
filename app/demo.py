"""Demo data: a few years in the life of a French épicerie fine, cave & traiteur.

"Au Comptoir de Touraine", in Tours, sells cheese, wine, charcuterie, groceries, gift
boxes and catering to people from the town and around, and to a few local businesses
(restaurants, hotels, wine bars, town halls, works councils). :func:`populate` fills a
database with its customers, orders, interactions, deals and tasks, through the ORM and
in one write batch, so the demo is logged like any other change and can be undone whole.

Everything is drawn from ``random.Random(seed)``: the same seed and the same ``today``
give the same names, orders and totals (ids are fresh UUIDs, as always).

The vocabularies (names, cities, streets, products, companies) and the small helpers
(Luhn, SIREN/SIRET/VAT, phones, e-mails) are public: the scale generator in
``benchmarks/generate.py`` reuses them.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Base,
    Batch,
    Campaign,
    CampaignMember,
    Company,
    Consent,
    Contact,
    ContactTag,
    CustomFieldDefinition,
    Deal,
    DealLine,
    Interaction,
    Order,
    OrderLine,
    Pipeline,
    PipelineStage,
    Product,
    Segment,
    Tag,
    Task,
    User,
)
from models.database import Database, batch_of
from models.enums import (
    BatchKind,
    CampaignMemberStatus,
    Channel,
    Civility,
    ComplaintStatus,
    ConsentStatus,
    ContactStatus,
    CustomFieldType,
    DealStatus,
    Direction,
    OrderKind,
    RelationshipStage,
    StageKind,
    TaskPriority,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

SHOP_NAME = "Au Comptoir de Touraine"
SHOP_DOMAIN = "comptoir-touraine.fr"
CURRENCY = "EUR"
VAT_FOOD_BP = 550
VAT_STANDARD_BP = 2000
#: A customer whose last order is older than this is a former customer.
LAPSED_AFTER = timedelta(days=730)


class DemoCancelled(Exception):
    """The user cancelled the demo; the write batch was rolled back."""


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    contacts: int
    companies: int
    products: int
    orders: int
    order_lines: int
    interactions: int
    deals: int
    tasks: int


# --------------------------------------------------------------------------- vocabularies

FEMALE_FIRST_NAMES: tuple[str, ...] = (
    "Marie", "Hélène", "Éloïse", "Gaëlle", "Anne-Sophie", "Marie-Hélène", "Camille", "Léa",
    "Chloé", "Manon", "Inès", "Zoé", "Louise", "Juliette", "Émilie", "Céline", "Nathalie",
    "Isabelle", "Sylvie", "Françoise", "Monique", "Brigitte", "Véronique", "Valérie",
    "Sandrine", "Stéphanie", "Aurélie", "Mélanie", "Océane", "Maëlle", "Noémie", "Agnès",
    "Béatrice", "Cécile", "Danièle", "Geneviève", "Josiane", "Laëtitia", "Mathilde",
    "Pauline", "Solène", "Thérèse", "Clémence", "Adèle", "Élodie", "Frédérique", "Héloïse",
    "Joëlle", "Léonie", "Anaïs", "Marie-Claire", "Anne-Laure", "Rose", "Jeanne", "Margaux",
    "Capucine", "Sarah", "Yasmine", "Fatima", "Nadia", "Amélie", "Christine", "Martine",
    "Odile", "Bérénice", "Ségolène",
)  # fmt: skip

MALE_FIRST_NAMES: tuple[str, ...] = (
    "Jean", "François", "Jean-Pierre", "Jean-François", "Pierre-Yves", "Marc-Antoine",
    "Benoît", "Jérôme", "Loïc", "Gaël", "Noël", "Hervé", "René", "André", "Éric",
    "Stéphane", "Sébastien", "Frédéric", "Thierry", "Philippe", "Michel", "Bernard", "Alain",
    "Patrick", "Christophe", "Nicolas", "Julien", "Antoine", "Mathieu", "Hugo", "Lucas",
    "Théo", "Léo", "Maël", "Raphaël", "Gabriel", "Clément", "Arnaud", "Guillaume", "Olivier",
    "Didier", "Gérard", "Jacques", "Yves", "Joël", "Cédric", "Rémi", "Jérémie", "Aurélien",
    "Maxime", "Baptiste", "Timothée", "Côme", "Alexandre", "Mehdi", "Karim", "Thomas",
    "Vincent", "Laurent", "Dominique", "Anthony", "Kévin",
)  # fmt: skip

LAST_NAMES: tuple[str, ...] = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèbvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont",
    "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau",
    "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
    "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
    "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier",
    "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Pérez", "Marchand",
    "Dufour", "Blanchard", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux",
    "Colin", "Fernandez", "Renaud", "Arnaud", "Gaillard", "Aubert", "Rey", "Leclercq",
    "Caron", "Giraud", "Benoît", "Lecomte", "Bouvier", "Prévost", "Besnard", "Hébert",
    "Pelletier", "Lebrun", "Chauvin", "Carré", "Bourgeois", "Vasseur", "Boulanger",
    "Coulibaly", "Benali", "Le Goff", "Le Gall", "Le Roux", "Le Bihan", "de La Fontaine",
    "de Villiers", "d'Aubigné", "de Montalembert", "du Plessis", "Martin-Dubois",
    "Lefèvre-Pontalis", "Besson-Gérard", "Saint-Martin", "Delacroix", "Dupuis-Léger", "Mazé",
    "Lhuillier", "Lebœuf", "Rabelais", "Tessier", "Courtois", "Ménard", "Chrétien", "Gaudé",
)  # fmt: skip


@dataclass(frozen=True)
class City:
    name: str
    postcode: str
    #: The first digits of a landline there, national format ("0247" for Tours).
    area: str
    #: How many customers come from there (the shop is in Tours).
    weight: float


CITIES: tuple[City, ...] = (
    # Tours and its conurbation.
    City("Tours", "37000", "0247", 120), City("Tours", "37100", "0247", 45),
    City("Tours", "37200", "0247", 35), City("Joué-lès-Tours", "37300", "0247", 30),
    City("Saint-Cyr-sur-Loire", "37540", "0247", 22),
    City("Saint-Pierre-des-Corps", "37700", "0247", 14),
    City("Saint-Avertin", "37550", "0247", 16), City("Chambray-lès-Tours", "37170", "0247", 14),
    City("La Riche", "37520", "0247", 12), City("Fondettes", "37230", "0247", 11),
    City("Luynes", "37230", "0247", 5), City("Ballan-Miré", "37510", "0247", 8),
    City("Savonnières", "37510", "0247", 3), City("Rochecorbon", "37210", "0247", 4),
    City("Vouvray", "37210", "0247", 5), City("Montlouis-sur-Loire", "37270", "0247", 9),
    City("Notre-Dame-d'Oé", "37390", "0247", 4), City("Mettray", "37390", "0247", 3),
    City("Veigné", "37250", "0247", 5), City("Montbazon", "37250", "0247", 4),
    City("Monts", "37260", "0247", 5), City("Esvres", "37320", "0247", 3),
    # Touraine.
    City("Amboise", "37400", "0247", 9), City("Chinon", "37500", "0247", 6),
    City("Loches", "37600", "0247", 5), City("Azay-le-Rideau", "37190", "0247", 3),
    City("Bléré", "37150", "0247", 3), City("Langeais", "37130", "0247", 3),
    City("Bourgueil", "37140", "0247", 2), City("Château-Renault", "37110", "0247", 2),
    City("Sainte-Maure-de-Touraine", "37800", "0247", 2),
    # The region.
    City("Blois", "41000", "0254", 5), City("Vendôme", "41100", "0254", 2),
    City("Orléans", "45000", "0238", 4), City("Saumur", "49400", "0241", 3),
    City("Angers", "49000", "0241", 3), City("Le Mans", "72000", "0243", 3),
    City("Poitiers", "86000", "0549", 3), City("Châtellerault", "86100", "0549", 2),
    # Elsewhere in France (web orders, holiday-home owners, family of locals).
    City("Paris", "75011", "0143", 5), City("Paris", "75015", "0145", 4),
    City("Paris", "75017", "0147", 3), City("Paris", "75005", "0143", 2),
    City("Boulogne-Billancourt", "92100", "0146", 2), City("Versailles", "78000", "0139", 2),
    City("Neuilly-sur-Seine", "92200", "0147", 1), City("Lyon", "69003", "0478", 2),
    City("Marseille", "13008", "0491", 1), City("Toulouse", "31000", "0561", 1),
    City("Bordeaux", "33000", "0556", 2), City("Nantes", "44000", "0240", 3),
    City("Lille", "59000", "0320", 1), City("Strasbourg", "67000", "0388", 1),
    City("Rennes", "35000", "0299", 2), City("Montpellier", "34000", "0467", 1),
    City("Nice", "06000", "0493", 1), City("Grenoble", "38000", "0476", 1),
    City("Dijon", "21000", "0380", 1), City("Clermont-Ferrand", "63000", "0473", 1),
    City("Limoges", "87000", "0555", 1), City("Rouen", "76000", "0235", 1),
    City("Caen", "14000", "0231", 1), City("Reims", "51100", "0326", 1),
    City("La Rochelle", "17000", "0546", 1), City("Annecy", "74000", "0450", 1),
    City("Brest", "29200", "0298", 1), City("Metz", "57000", "0387", 1),
    City("Nancy", "54000", "0383", 1), City("Besançon", "25000", "0381", 1),
    City("Aix-en-Provence", "13100", "0442", 1), City("Bayonne", "64100", "0559", 1),
    City("Ajaccio", "20000", "0495", 1),
)  # fmt: skip

STREETS: tuple[str, ...] = (
    "rue des Lilas", "rue Nationale", "boulevard Béranger", "rue Colbert", "place Plumereau",
    "rue du Commerce", "rue de la République", "allée des Tilleuls", "chemin des Vignes",
    "impasse des Jonquilles", "rue Victor-Hugo", "rue Jean-Jaurès",
    "avenue du Général-de-Gaulle", "rue Pasteur", "rue de l'Église", "place de la Mairie",
    "rue des Écoles", "rue du Moulin", "route de Chinon", "quai Paul-Bert", "rue Émile-Zola",
    "rue Gambetta", "boulevard Heurteloup", "rue Marceau", "rue de la Paix",
    "rue des Acacias", "rue du Château", "chemin de la Croix-Blanche", "rue Saint-Martin",
    "avenue de Grammont", "rue Bretonneau", "rue des Halles", "rue de la Scellerie",
    "rue Michelet", "rue des Tanneurs", "allée des Marronniers", "rue du Four",
    "rue de la Fontaine", "rue des Peupliers", "avenue Maginot", "rue Jules-Ferry",
    "rue Léon-Boyer", "rue de Bordeaux", "rue Febvotte", "rue Giraudeau", "rue d'Entraigues",
)  # fmt: skip

ADDRESS_LINE2: tuple[str, ...] = (
    "Bâtiment B", "Appartement 12", "Résidence Les Tilleuls", "3e étage", "Escalier C",
    "Lieu-dit La Gaudinière", "Le Clos des Vignes", "BP 42", "Porte 5",
)  # fmt: skip

#: Where e-mail addresses are, with how common each provider is.
EMAIL_DOMAINS: tuple[tuple[str, int], ...] = (
    ("gmail.com", 34), ("orange.fr", 18), ("free.fr", 10), ("hotmail.fr", 8),
    ("laposte.net", 6), ("wanadoo.fr", 5), ("sfr.fr", 5), ("yahoo.fr", 5), ("outlook.fr", 4),
    ("icloud.com", 3), ("protonmail.com", 1),
)  # fmt: skip

#: Where contacts came from (free text, as the shop writes it), with weights.
SOURCES: tuple[tuple[str, int], ...] = (
    ("Passage en boutique", 30), ("Bouche-à-oreille", 20), ("Site web", 12),
    ("Instagram", 10), ("Salon des vins de Tours", 8), ("Marché de Noël", 6),
    ("Facebook", 5), ("Google", 5), ("Recommandation d'un client", 4),
)  # fmt: skip
B2B_SOURCES: tuple[tuple[str, int], ...] = (
    ("Prospection", 30), ("Salon professionnel", 20), ("Bouche-à-oreille", 30),
    ("Appel entrant", 20),
)  # fmt: skip
SALON_SOURCE = "Salon des vins de Tours"


@dataclass(frozen=True)
class ProductSpec:
    reference: str
    name: str
    category: str
    price_cents: int
    vat_rate_bp: int
    #: "piece", "kg" (weighed at the counter) or "person" (catering, tastings).
    unit: str
    #: How often it sells, relative to the others of its category.
    popularity: float
    #: How much more it sells in December.
    christmas: float = 1.0


def _p(
    ref: str,
    name: str,
    cat: str,
    price: int,
    unit: str = "piece",
    pop: float = 1.0,
    xmas: float = 1.0,
    vat: int | None = None,
) -> ProductSpec:
    alcohol = cat in ("Vins", "Spiritueux")
    rate = vat if vat is not None else VAT_STANDARD_BP if alcohol else VAT_FOOD_BP
    return ProductSpec(ref, name, cat, price, rate, unit, pop, xmas)


PRODUCTS: tuple[ProductSpec, ...] = (
    _p("FRO-001", "Comté AOP 18 mois (au kg)", "Fromages", 3290, "kg", 3.0, 1.5),
    _p("FRO-002", "Sainte-Maure-de-Touraine AOP", "Fromages", 950, pop=3.0),
    _p("FRO-003", "Selles-sur-Cher AOP", "Fromages", 690, pop=1.5),
    _p("FRO-004", "Valençay AOP", "Fromages", 750, pop=1.2),
    _p("FRO-005", "Crottin de Chavignol AOP", "Fromages", 390, pop=1.5),
    _p("FRO-006", "Brie de Meaux AOP (au kg)", "Fromages", 2690, "kg", 2.0, 1.5),
    _p("FRO-007", "Roquefort (au kg)", "Fromages", 3150, "kg", 1.0, 1.5),
    _p("FRO-008", "Beaufort d'été (au kg)", "Fromages", 3990, "kg", 1.0, 1.5),
    _p("FRO-009", "Époisses de Bourgogne", "Fromages", 1190, pop=0.8, xmas=1.5),
    _p("FRO-010", "Mimolette extra-vieille (au kg)", "Fromages", 3490, "kg", 0.6),
    _p("FRO-011", "Saint-Nectaire fermier (au kg)", "Fromages", 2490, "kg", 1.2),
    _p("FRO-012", "Reblochon de Savoie fermier", "Fromages", 1090, pop=1.0),
    _p("FRO-013", "Munster AOP", "Fromages", 790, pop=0.6),
    _p("FRO-014", "Ossau-Iraty (au kg)", "Fromages", 2890, "kg", 0.8),
    _p("FRO-015", "Pont-l'Évêque AOP", "Fromages", 690, pop=0.6),
    _p("VIN-001", "Vouvray sec 2021", "Vins", 1650, pop=2.5),
    _p("VIN-002", "Chinon rouge « Les Picasses »", "Vins", 1690, pop=2.5),
    _p("VIN-003", "Bourgueil « Cuvée des Galichets »", "Vins", 1390, pop=1.5),
    _p("VIN-004", "Saint-Nicolas-de-Bourgueil", "Vins", 1290, pop=1.2),
    _p("VIN-005", "Montlouis-sur-Loire demi-sec", "Vins", 1550, pop=1.2, xmas=1.5),
    _p("VIN-006", "Touraine Sauvignon", "Vins", 890, pop=2.5),
    _p("VIN-007", "Crémant de Loire brut", "Vins", 1190, pop=2.0, xmas=2.5),
    _p("VIN-008", "Sancerre blanc", "Vins", 2190, pop=1.2),
    _p("VIN-009", "Saumur-Champigny", "Vins", 1490, pop=1.0),
    _p("VIN-010", "Muscadet sur lie", "Vins", 890, pop=0.8),
    _p("VIN-011", "Chablis premier cru", "Vins", 2890, pop=0.6, xmas=2.0),
    _p("VIN-012", "Bourgogne pinot noir", "Vins", 1990, pop=0.8),
    _p("VIN-013", "Côtes-du-Rhône Villages", "Vins", 1090, pop=1.0),
    _p("VIN-014", "Saint-Émilion grand cru", "Vins", 3490, pop=0.5, xmas=2.5),
    _p("VIN-015", "Champagne brut réserve", "Vins", 3290, pop=0.8, xmas=5.0),
    _p("VIN-016", "Champagne rosé", "Vins", 4290, pop=0.3, xmas=5.0),
    _p("VIN-017", "Coteaux-du-Layon", "Vins", 1790, pop=0.4, xmas=3.0),
    _p("SPI-001", "Cognac VSOP", "Spiritueux", 4990, pop=1.0, xmas=3.0),
    _p("SPI-002", "Bas-Armagnac 10 ans", "Spiritueux", 5490, pop=0.7, xmas=3.0),
    _p("SPI-003", "Calvados Pays d'Auge", "Spiritueux", 3990, pop=0.7, xmas=2.0),
    _p("SPI-004", "Poire Williams", "Spiritueux", 3590, pop=0.6, xmas=2.0),
    _p("CHA-001", "Rillettes de Tours (pot 220 g)", "Charcuterie", 690, pop=3.0),
    _p("CHA-002", "Rillons de Touraine (au kg)", "Charcuterie", 2890, "kg", 1.5),
    _p("CHA-003", "Jambon de Bayonne IGP (au kg)", "Charcuterie", 3490, "kg", 1.5),
    _p("CHA-004", "Saucisson sec pur porc", "Charcuterie", 790, pop=2.0),
    _p("CHA-005", "Pâté en croûte maison (au kg)", "Charcuterie", 3290, "kg", 1.0, 2.0),
    _p("CHA-006", "Terrine de campagne (pot 180 g)", "Charcuterie", 590, pop=1.2),
    _p("CHA-007", "Foie gras de canard entier (180 g)", "Charcuterie", 3490, pop=0.4, xmas=8.0),
    _p("CHA-008", "Magret de canard fumé", "Charcuterie", 1290, pop=0.6, xmas=2.0),
    _p("EPI-001", "Huile d'olive vierge extra (50 cl)", "Épicerie", 1590, pop=1.5),
    _p("EPI-002", "Moutarde de Dijon à l'ancienne", "Épicerie", 450, pop=1.5),
    _p("EPI-003", "Confiture de fraises artisanale", "Épicerie", 650, pop=1.5),
    _p("EPI-004", "Miel de châtaignier", "Épicerie", 990, pop=1.2),
    _p("EPI-005", "Fleur de sel de Guérande", "Épicerie", 590, pop=1.0),
    _p("EPI-006", "Sablés de Touraine", "Épicerie", 490, pop=1.5),
    _p("EPI-007", "Chocolat noir 70 %", "Épicerie", 450, pop=1.5, xmas=2.0),
    _p("EPI-008", "Café en grains d'Éthiopie (250 g)", "Épicerie", 890, pop=1.2),
    _p("EPI-009", "Thé vert au jasmin", "Épicerie", 790, pop=0.8),
    _p("EPI-010", "Vinaigre balsamique de Modène", "Épicerie", 1290, pop=0.6),
    _p("EPI-011", "Tapenade noire", "Épicerie", 590, pop=0.8),
    _p("EPI-012", "Sardines millésimées", "Épicerie", 790, pop=0.6, xmas=1.5),
    _p("EPI-013", "Pruneaux fourrés de Tours", "Épicerie", 1190, pop=0.8, xmas=3.0),
    _p("EPI-014", "Nougat de Montélimar", "Épicerie", 890, pop=0.5, xmas=3.0),
    _p("EPI-015", "Marrons glacés (boîte)", "Épicerie", 2490, pop=0.2, xmas=8.0),
    _p("EPI-016", "Jus de pomme fermier (1 L)", "Épicerie", 450, pop=1.0),
    _p("COF-001", "Coffret Découverte Touraine", "Coffrets cadeaux", 4900, vat=2000, pop=1.5),
    _p("COF-002", "Coffret trois chèvres de Touraine", "Coffrets cadeaux", 2900, pop=1.0),
    _p("COF-003", "Coffret Apéritif", "Coffrets cadeaux", 3900, vat=2000, pop=1.2),
    _p("COF-004", "Coffret Noël Prestige", "Coffrets cadeaux", 8900, vat=2000, pop=0.2, xmas=12),
    _p("COF-005", "Panier garni gourmand", "Coffrets cadeaux", 5900, pop=0.8, xmas=3.0),
    _p("TRA-001", "Plateau de fromages (6 personnes)", "Traiteur", 4500, pop=1.5),
    _p("TRA-002", "Plateau apéritif charcuterie (8 personnes)", "Traiteur", 5200, pop=1.0),
    _p("TRA-003", "Buffet traiteur (par personne)", "Traiteur", 2200, "person", 0.5),
    _p("TRA-004", "Bûche de Noël glacée (8 personnes)", "Traiteur", 3600, pop=0.05, xmas=60),
    _p("TRA-005", "Quiche tourangelle", "Traiteur", 1450, pop=1.2),
    _p("ATE-001", "Dégustation privée (par personne)", "Ateliers", 3500, "person", 1.0, vat=2000),
)

#: Share of spending per category for an average customer (each one varies around it).
CATEGORY_WEIGHTS: dict[str, float] = {
    "Fromages": 32, "Vins": 24, "Charcuterie": 14, "Épicerie": 15, "Spiritueux": 2.5,
    "Coffrets cadeaux": 4, "Traiteur": 5, "Ateliers": 0.6,
}  # fmt: skip
CHRISTMAS_CATEGORY: dict[str, float] = {
    "Coffrets cadeaux": 5.0, "Spiritueux": 2.0, "Traiteur": 1.5, "Vins": 1.3,
}  # fmt: skip
#: Relative number of orders per month (December is the shop's big month).
MONTH_FACTOR: tuple[float, ...] = (
    0.8, 0.85, 0.95, 1.05, 1.0, 1.0, 0.75, 0.6, 0.95, 1.0, 1.25, 2.3,
)  # fmt: skip


@dataclass(frozen=True)
class CompanyKind:
    code: str
    sector: str
    names: tuple[str, ...]
    legal_form: str
    sizes: tuple[str, ...]
    #: "masculine|feminine" forms of the titles people hold there.
    job_titles: tuple[str, ...]

    def job_title(self, rng: random.Random, female: bool) -> str:
        forms = rng.choice(self.job_titles).split("|")
        return forms[-1] if female else forms[0]


COMPANY_KINDS: tuple[CompanyKind, ...] = (
    CompanyKind(
        "restaurant", "Restauration",
        ("Le Galopin", "La Table de Jeanne", "Bistrot des Halles", "L'Atelier Gourmand",
         "Chez Léon", "La Guinguette de Loire", "Le Zinc", "Le Petit Bouchon", "L'Épicurien",
         "Au Coin du Feu", "La Cour des Miracles", "Le Martin-Pêcheur", "La Bonne Étoile"),
        "SARL", ("1-9", "10-49"),
        ("Chef de cuisine|Cheffe de cuisine", "Gérant|Gérante",
         "Second de cuisine|Seconde de cuisine", "Maître d'hôtel"),
    ),
    CompanyKind(
        "hotel", "Hôtellerie",
        ("Hôtel du Théâtre", "Hôtel Le Cèdre Bleu", "Hôtel des Tanneurs",
         "Hôtel du Parc Mirabeau", "Les Jardins de Loire", "Le Relais du Vieux Mûrier"),
        "SAS", ("10-49", "50-249"),
        ("Directeur|Directrice", "Responsable des achats", "Chef de réception|Cheffe de réception"),
    ),
    CompanyKind(
        "bar", "Bar à vins",
        ("Le Tire-Bouchon", "Cave à manger L'Écume", "Le Bar à Vins des Halles",
         "La Buvette du Quai", "Le Comptoir à Vins", "Les Caves Plumereau"),
        "EURL", ("1-9",),
        ("Gérant|Gérante", "Sommelier|Sommelière"),
    ),
    CompanyKind(
        "mairie", "Administration publique",
        ("Mairie de Saint-Avertin", "Mairie de Vouvray", "Mairie de Montlouis-sur-Loire",
         "Mairie de Fondettes", "Mairie de Ballan-Miré", "Mairie de Rochecorbon"),
        "Commune", ("50-249",),
        ("Adjoint au maire|Adjointe au maire",
         "Directeur général des services|Directrice générale des services",
         "Chargé du protocole|Chargée du protocole"),
    ),
    CompanyKind(
        "cse", "Comité d'entreprise",
        ("CSE Touraine Logistique", "CSE Clinique du Val de Loire", "CSE Imprimerie Rabelais",
         "CSE Ligérienne d'Assurances", "Amicale du personnel du CHU"),
        "Association", ("250+",),
        ("Secrétaire du CSE", "Trésorier du CSE|Trésorière du CSE", "Élu au CSE|Élue au CSE"),
    ),
    CompanyKind(
        "events", "Événementiel",
        ("Loire Événements", "Mariages en Touraine", "Séminaires & Châteaux"),
        "SAS", ("1-9",),
        ("Organisateur de mariages|Organisatrice de mariages", "Chef de projet|Cheffe de projet",
         "Gérant|Gérante"),
    ),
    CompanyKind(
        "office", "Services aux entreprises",
        ("Cabinet Leroy & Associés", "Étude notariale Girard", "Agence Mercier Immobilier",
         "Cabinet d'architectes Fontaine"),
        "SELARL", ("10-49",),
        ("Associé|Associée", "Office manager", "Assistant de direction|Assistante de direction",
         "Notaire"),
    ),
)  # fmt: skip
_COMPANY_KIND_WEIGHTS = (34, 12, 14, 10, 12, 6, 12)

STAFF: tuple[tuple[str, str], ...] = (
    ("Claire Moreau", f"claire@{SHOP_DOMAIN}"),
    ("Julien Petit", f"julien@{SHOP_DOMAIN}"),
    ("Sofia Benali", f"sofia@{SHOP_DOMAIN}"),
)

TAGS: tuple[tuple[str, str], ...] = (
    ("VIP", "#c0392b"), ("Newsletter", "#2980b9"), ("Professionnel", "#8e44ad"),
    ("Fromages", "#f1c40f"), ("Vins", "#7b241c"), ("Fidélité", "#27ae60"),
    ("Salon", "#d35400"), ("À relancer", "#e67e22"),
)  # fmt: skip

NOTES: tuple[str, ...] = (
    "Préfère les vins nature et les petits producteurs.",
    "Client depuis l'ouverture ; connaît bien Julien.",
    "Ne peut passer que le samedi matin.",
    "Aime qu'on lui mette de côté le Comté 24 mois quand il arrive.",
    "Offre souvent des coffrets à ses clients en fin d'année.",
    "Ne mange pas de viande : pas de charcuterie dans les coffrets.",
    "Livraison possible au bureau, demander à l'accueil.",
    "A une résidence secondaire à Chinon l'été.",
    "Organise un anniversaire de mariage l'an prochain.",
    "Sensible au prix, attentive aux promotions.",
    "Grand amateur de chèvres fermiers.",
    "Cherche des vins de garde pour la naissance de sa fille.",
    "Paye toujours par chèque.",
    "Préfère être appelé après 18 h.",
)
ALLERGIES: tuple[str, ...] = ("Lactose", "Fruits à coque", "Gluten", "Œufs", "Sulfites")
WINE_COLOURS: tuple[str, ...] = ("Rouge", "Blanc", "Rosé", "Effervescent", "Liquoreux")

#: Net Promoter-like spread of satisfaction scores (0–10).
SATISFACTION_WEIGHTS: tuple[int, ...] = (1, 1, 1, 2, 2, 4, 6, 10, 18, 25, 30)

# ------------------------------------------------------------------------------- helpers


def luhn_ok(digits: str) -> bool:
    """True if the digits pass the Luhn check (SIREN, SIRET, card numbers)."""
    if not digits.isdigit():
        return False
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char)
        if i % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    """``partial`` followed by the digit that makes the whole pass the Luhn check."""
    for check in "0123456789":
        if luhn_ok(partial + check):
            return partial + check
    raise AssertionError("unreachable")


def random_siren(rng: random.Random, public: bool = False) -> str:
    """A valid-looking SIREN (9 digits, Luhn); communes' numbers start with 21."""
    head = (
        "21" + f"{rng.randrange(10**6):06d}"
        if public
        else f"{rng.randrange(3, 10)}" + (f"{rng.randrange(10**7):07d}")
    )
    return luhn_complete(head)


def siret_for(siren: str, establishment: int = 1) -> str:
    """The SIRET of an establishment of ``siren``: SIREN + NIC, the 14 digits pass Luhn."""
    return luhn_complete(f"{siren}{establishment:04d}")


def vat_number(siren: str) -> str:
    """The French intra-community VAT number of a SIREN (FR + key + SIREN)."""
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def ascii_fold(text: str) -> str:
    """ "Lebœuf Hélène" -> "leboeuf helene": what people write in e-mail addresses."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _slug(text: str, separator: str = "") -> str:
    return re.sub(r"[^a-z0-9]+", separator, ascii_fold(text)).strip(separator)


def email_for(rng: random.Random, first: str, last: str, domain: str | None = None) -> str:
    """An address as people make them: "helene.dupont@orange.fr", "jpmartin37@free.fr"…"""
    f, f_initials = _slug(first, "-"), "".join(p[0] for p in _slug(first, " ").split())
    name = _slug(last)
    if domain is None:
        domain = rng.choices([d for d, _ in EMAIL_DOMAINS], [w for _, w in EMAIL_DOMAINS])[0]
    style = rng.randrange(8)
    if style == 0:
        local = f"{f_initials}{name}"
    elif style == 1:
        local = f"{name}.{f}"
    elif style == 2:
        local = f"{f}{name}{rng.randrange(1, 99)}"
    elif style == 3:
        local = f"{f}_{name}"
    elif style == 4:
        local = f"{f_initials}.{name}{rng.choice(('37', '', '', str(rng.randrange(60, 99))))}"
    else:
        local = f"{f}.{name}"
    return f"{local}@{domain}"


def random_mobile(rng: random.Random) -> str:
    """A French mobile number, 10 national digits ("06…" or "07…"), valid per the plan."""
    if rng.random() < 0.7:
        head = "06" + rng.choice("01245678")
    else:
        head = "07" + rng.choice("3456789")
    return head + f"{rng.randrange(10**7):07d}"


def random_landline(rng: random.Random, area: str) -> str:
    """A landline of the area ("0247…" around Tours), 10 national digits."""
    return area + f"{rng.randrange(10 ** (10 - len(area))):0{10 - len(area)}d}"


def typed_phone(rng: random.Random, digits: str) -> str:
    """A national number as people type it: "06 12 34 56 78", "0612345678", "+33 6 …"."""
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    style = rng.choices(range(6), (50, 18, 10, 8, 8, 6))[0]
    if style == 0:
        return " ".join(pairs)
    if style == 1:
        return digits
    if style == 2:
        return ".".join(pairs)
    if style == 3:
        return "+33 " + digits[1] + " " + " ".join(pairs[1:])
    if style == 4:
        return "-".join(pairs)
    return "+33" + digits[1:]


def e164_from_national(digits: str) -> str:
    """E.164 form of 10 French national digits, without parsing ("0612…" -> "+33612…")."""
    return "+33" + digits[1:]


def french_e164(typed: str) -> str:
    """E.164 form of a number typed in France; ValueError if it is not a valid number."""
    number = phonenumbers.parse(typed, "FR")
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"not a valid French number: {typed}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def street_address(rng: random.Random) -> str:
    number = rng.randrange(1, 120)
    suffix = rng.choices(("", " bis", " ter"), (92, 6, 2))[0]
    return f"{number}{suffix} {rng.choice(STREETS)}"


def line_amount(quantity_milli: int, unit_price_cents: int) -> int:
    """quantity × unit price in cents, half away from zero; quantity in thousandths."""
    product = quantity_milli * unit_price_cents
    sign = -1 if product < 0 else 1
    return sign * ((abs(product) + 500) // 1000)


def quantity_of(quantity_milli: int) -> float:
    return quantity_milli / 1000


class _EuropeParis(tzinfo):
    """CET/CEST by the EU rule, for systems without a time-zone database (Windows)."""

    @staticmethod
    def _last_sunday(year: int, month: int) -> datetime:
        day = datetime(year, month, 31)
        return day - timedelta(days=(day.weekday() + 1) % 7)

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(0)
        naive = dt.replace(tzinfo=None)
        start = self._last_sunday(naive.year, 3).replace(hour=2)
        end = self._last_sunday(naive.year, 10).replace(hour=3)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1) + self.dst(dt)

    def tzname(self, dt: datetime | None) -> str:
        return "CEST" if self.dst(dt) else "CET"


def _paris() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Paris")
    except Exception:  # no tz database on this system
        return _EuropeParis()


PARIS = _paris()


def paris_to_utc(day: date, hour: int, minute: int) -> datetime:
    """A wall-clock time in Paris on ``day``, as an aware UTC datetime."""
    local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS)
    return local.astimezone(UTC)


def is_shop_open(day: date) -> bool:
    """Open Tuesday to Sunday morning, and every day from mid-December; closed on holidays."""
    if (day.month, day.day) in ((1, 1), (5, 1), (12, 25)):
        return False
    return day.weekday() != 0 or (day.month == 12 and day.day >= 15)


#: Relative traffic per weekday, Monday first (Saturday is market day).
WEEKDAY_WEIGHTS: tuple[int, ...] = (4, 12, 14, 13, 18, 30, 13)


def shop_day(rng: random.Random, day: date, first: date, last: date) -> date:
    """A day of the week of ``day`` when the shop is open, between ``first`` and ``last``."""
    monday = day - timedelta(days=day.weekday())
    for week in (0, -7, 7, -14):
        days = [monday + timedelta(days=week + i) for i in range(7)]
        options = [(d, WEEKDAY_WEIGHTS[d.weekday()]) for d in days]
        options = [(d, w) for d, w in options if first <= d <= last and is_shop_open(d)]
        if options:
            return rng.choices([d for d, _ in options], [w for _, w in options])[0]
    return min(max(day, first), last)


def shop_time(rng: random.Random, day: date, channel: str) -> datetime:
    """When on ``day`` an order came in, as UTC: shop hours, or any time on the web."""
    if channel == "web":
        hour = rng.choices(range(7, 24), (1, 2, 3, 3, 3, 4, 4, 3, 3, 3, 3, 4, 5, 7, 8, 6, 3))[0]
        return paris_to_utc(day, hour, rng.randrange(60))
    if day.weekday() == 6 or rng.random() < 0.45:
        minutes = rng.randrange(9 * 60 + 30, 12 * 60 + 45)
    else:
        minutes = rng.randrange(15 * 60, 19 * 60 + 15)
    return paris_to_utc(day, minutes // 60, minutes % 60)


def choose_weighted(rng: random.Random, items: Sequence[Any], cum_weights: Sequence[float]) -> Any:
    """One of ``items`` by cumulative weights (faster than ``rng.choices`` for one draw)."""
    index = bisect.bisect(cum_weights, rng.random() * cum_weights[-1])
    return items[min(index, len(items) - 1)]


# ------------------------------------------------------------------------------- planning


@dataclass(slots=True)
class _OrderPlan:
    when: datetime
    buyer: int
    company: int | None
    channel: str
    #: (product index, quantity in thousandths, unit price in cents)
    lines: list[tuple[int, int, int]]
    kind: str = OrderKind.ORDER
    reason: str = ""
    number: str = ""
    original: _OrderPlan | None = None


@dataclass(slots=True)
class _InteractionPlan:
    when: datetime
    buyer: int
    channel: str
    direction: str
    subject: str
    body: str | None = None
    outcome: str | None = None
    duration: int | None = None
    score: int | None = None
    complaint: str | None = None
    resolved_at: datetime | None = None
    deal: Deal | None = None


@dataclass(slots=True)
class _Person:
    contact: Contact
    female: bool
    archetype: str
    city: City
    born: date | None
    company: int | None = None
    created: datetime | None = None
    orders: list[_OrderPlan] = field(default_factory=list)
    tastes: list[float] = field(default_factory=list)
    deals: int = 0
    first_deal: datetime | None = None


#: Individual customers' archetypes and their share of the contacts.
ARCHETYPES: tuple[tuple[str, float], ...] = (
    ("prospect", 0.22), ("one_off", 0.15), ("occasional", 0.12), ("regular", 0.14),
    ("champion", 0.03), ("lapsed", 0.11), ("lapsed_big", 0.02), ("newcomer", 0.07),
    ("seasonal", 0.14),
)  # fmt: skip


def _archetype_counts(n: int) -> list[str]:
    """Archetypes for ``n`` individuals: each at least once (when n allows), else by share."""
    counts = {name: max(1, round(share * n)) for name, share in ARCHETYPES}
    while sum(counts.values()) > n:
        largest = max(counts, key=lambda k: (counts[k], k))
        if counts[largest] <= 1:
            break
        counts[largest] -= 1
    names = [name for name, _ in ARCHETYPES]
    i = 0
    while sum(counts.values()) < n:
        counts[names[i % len(names)]] += 1
        i += 1
    result = [name for name in names for _ in range(counts[name])]
    return result[:n]


class _Builder:
    """Plans the whole demo in memory, then writes it through one session."""

    CHUNK = 1000

    def __init__(
        self,
        *,
        contacts: int,
        years: int,
        seed: int,
        today: date,
        progress: Progress | None,
        cancel: Cancel | None,
        order_numbers: dict[tuple[str, int], int],
        first_customer_number: int,
    ) -> None:
        self.rng = random.Random(seed)
        self.order_numbers = order_numbers
        self.first_customer_number = first_customer_number
        self.forced_former = False
        self.n_contacts = contacts
        self.years = years
        self.today = today
        self.end = today - timedelta(days=1)
        self.start = today - timedelta(days=round(365.25 * years))
        self.now = paris_to_utc(today, 9, 0)
        self.progress = progress
        self.cancel = cancel
        self.done = 0
        self.total = 0

        self.people: list[_Person] = []
        self.companies: list[Company] = []
        self.company_kinds: list[CompanyKind] = []
        self.company_people: list[list[int]] = []
        self.orders: list[_OrderPlan] = []
        self.interactions: list[_InteractionPlan] = []
        self.deals: list[Deal] = []
        self.deal_lines: list[DealLine] = []
        self.tasks: list[Task] = []
        self.setup: list[Base] = []
        self.links: list[Base] = []
        self.campaign: list[Base] = []
        self.members: list[Base] = []

        self.products = [
            Product(
                reference=spec.reference,
                name=spec.name,
                category=spec.category,
                unit_price_cents=spec.price_cents,
                currency=CURRENCY,
                vat_rate_bp=spec.vat_rate_bp,
                is_active=True,
                description=None,
            )
            for spec in PRODUCTS
        ]
        self.categories = list(CATEGORY_WEIGHTS)
        self.by_category: dict[str, list[int]] = {c: [] for c in self.categories}
        for i, spec in enumerate(PRODUCTS):
            self.by_category[spec.category].append(i)
        self.ref = {spec.reference: i for i, spec in enumerate(PRODUCTS)}
        self.cum_normal: dict[str, list[float]] = {}
        self.cum_xmas: dict[str, list[float]] = {}
        for category, indexes in self.by_category.items():
            self.cum_normal[category] = list(
                itertools.accumulate(PRODUCTS[i].popularity for i in indexes)
            )
            self.cum_xmas[category] = list(
                itertools.accumulate(
                    PRODUCTS[i].popularity * PRODUCTS[i].christmas for i in indexes
                )
            )
        self.city_cum = list(itertools.accumulate(c.weight for c in CITIES))
        self.users = [User(name=name, email=email, login=None) for name, email in STAFF]

    # ----------------------------------------------------------------- progress, cancel

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise DemoCancelled("Cancelled.")

    def tick(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)
        self.check()

    # ------------------------------------------------------------------------ helpers

    def city(self) -> City:
        return choose_weighted(self.rng, CITIES, self.city_cum)

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

    def user(self) -> User:
        return self.rng.choices(self.users, (5, 3, 2))[0]

    # ----------------------------------------------------------------------- people

    def plan(self) -> None:
        n_pro = max(1, round(self.n_contacts * 0.065)) if self.n_contacts >= 2 else 0
        n_companies = max(1, round(n_pro / 1.3)) if n_pro else 0
        self.plan_companies(n_companies)
        archetypes = _archetype_counts(self.n_contacts - n_pro)
        self.rng.shuffle(archetypes)
        kinds = archetypes + ["pro"] * n_pro
        for index, archetype in enumerate(kinds):
            self.people.append(self.make_person(index, archetype))
            if index % 200 == 0:
                self.check()
        pro_people = [i for i, p in enumerate(self.people) if p.archetype == "pro"]
        for n, person_index in enumerate(pro_people):
            company = n if n < n_companies else self.rng.randrange(n_companies)
            self.attach(person_index, company)
        self.plan_orders()
        self.check()
        self.plan_deals()
        self.plan_credit_notes()
        self.number_orders()
        self.check()
        self.finish_people()
        self.plan_interactions()
        self.check()
        self.plan_tasks()
        self.plan_marketing()

    def plan_companies(self, n: int) -> None:
        used: dict[str, int] = {}
        # Businesses are local: Tours and the towns around it.
        local = [c for c in CITIES if c.postcode.startswith("37")]
        local_cum = list(itertools.accumulate(c.weight for c in local))
        for i in range(n):
            if i < len(COMPANY_KINDS):
                kind = COMPANY_KINDS[i]
            else:
                kind = self.rng.choices(COMPANY_KINDS, _COMPANY_KIND_WEIGHTS)[0]
            fresh = [name for name in kind.names if name not in used]
            name = self.rng.choice(fresh or kind.names)
            used[name] = used.get(name, 0) + 1
            if kind.code == "mairie":
                town = name.removeprefix("Mairie de ")
                city = next((c for c in CITIES if c.name == town), CITIES[0])
            else:
                city = choose_weighted(self.rng, local, local_cum)
            if used[name] > 1:
                name = f"{name} ({city.name})"
            siren = random_siren(self.rng, public=kind.code == "mairie")
            slug = _slug(name.removeprefix("Mairie de "), "-")
            domain = f"ville-{slug}.fr" if kind.code == "mairie" else f"{slug}.fr"
            if kind.code == "mairie":
                legal = f"Commune de {name.removeprefix('Mairie de ')}"
            elif name.startswith("CSE "):
                legal = f"Comité social et économique {name.removeprefix('CSE ')}"
            else:
                legal = f"{kind.legal_form} {ascii_fold(name).upper()}"
            landline = random_landline(self.rng, city.area)
            typed = typed_phone(self.rng, landline)
            company = Company(
                name=name,
                legal_name=legal,
                siren=siren,
                siret=siret_for(siren, self.rng.choice((1, 1, 1, 2, 3))),
                vat_number=vat_number(siren) if kind.code != "mairie" else None,
                sector=kind.sector,
                size=self.rng.choice(kind.sizes),
                email=f"contact@{domain}",
                phone=typed,
                phone_e164=french_e164(typed),
                website=f"https://www.{domain}",
                address_line1=(
                    street_address(self.rng) if kind.code != "mairie" else "place de la Mairie"
                ),
                postcode=city.postcode,
                city=city.name,
                country="FR",
                custom={},
                owner_id=self.users[0].id,
            )
            self.companies.append(company)
            self.company_kinds.append(kind)
            self.company_people.append([])

    def make_person(self, index: int, archetype: str) -> _Person:
        rng = self.rng
        female = rng.random() < 0.56
        first = rng.choice(FEMALE_FIRST_NAMES if female else MALE_FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        if rng.random() < 0.03:
            last = f"{last}-{rng.choice(LAST_NAMES[:60])}"
        civility = None if rng.random() < 0.08 else Civility.MRS if female else Civility.MR
        city = self.city()
        born = None
        if rng.random() < 0.45:
            age = rng.choices(
                range(22, 88), [1 + (a > 35) + (a > 45) + (a < 75) for a in range(22, 88)]
            )[0]
            born = self.today.replace(day=1) - timedelta(days=round(age * 365.25))
            born = born.replace(day=1) + timedelta(days=rng.randrange(28))
        email = None
        if rng.random() < 0.82:
            email = email_for(rng, first, last)
        mobile = phone = None
        if rng.random() < 0.8:
            mobile = typed_phone(rng, random_mobile(rng))
        if rng.random() < (0.45 if born and born.year < 1965 else 0.15):
            phone = typed_phone(rng, random_landline(rng, city.area))
        line2 = rng.choice(ADDRESS_LINE2) if rng.random() < 0.1 else None
        has_address = rng.random() < 0.85
        source = rng.choices([s for s, _ in SOURCES], [w for _, w in SOURCES])[0]
        if archetype == "pro":
            source = rng.choices([s for s, _ in B2B_SOURCES], [w for _, w in B2B_SOURCES])[0]
        contact = Contact(
            civility=civility,
            first_name=first,
            last_name=last,
            email=email,
            phone=phone,
            phone_e164=french_e164(phone) if phone else None,
            mobile=mobile,
            mobile_e164=french_e164(mobile) if mobile else None,
            address_line1=street_address(rng) if has_address else None,
            address_line2=line2 if has_address else None,
            postcode=city.postcode,
            city=city.name,
            country="FR",
            birthday=born,
            source=source,
            notes=rng.choice(NOTES) if rng.random() < 0.12 else None,
            custom={},
            owner_id=self.user().id,
        )
        tastes = [w * rng.lognormvariate(0, 0.6) for w in CATEGORY_WEIGHTS.values()]
        if archetype in ("champion", "lapsed_big"):
            tastes[self.categories.index("Vins")] *= 1.8
            tastes[self.categories.index("Spiritueux")] *= 2.5
        cum_tastes = list(itertools.accumulate(tastes))
        return _Person(contact, female, archetype, city, born, tastes=cum_tastes)

    def attach(self, person_index: int, company_index: int) -> None:
        person = self.people[person_index]
        company = self.companies[company_index]
        kind = self.company_kinds[company_index]
        person.company = company_index
        self.company_people[company_index].append(person_index)
        contact = person.contact
        contact.company_id = company.id
        contact.job_title = kind.job_title(self.rng, person.female)
        domain = (company.email or "@x.fr").split("@", 1)[1]
        contact.email2 = contact.email if self.rng.random() < 0.3 else None
        contact.email = email_for(self.rng, contact.first_name, contact.last_name, domain)
        if self.rng.random() < 0.5:
            contact.phone = company.phone
            contact.phone_e164 = company.phone_e164
        # Professionals are filed at their business address.
        contact.address_line1 = company.address_line1
        contact.address_line2 = None
        contact.postcode = company.postcode
        contact.city = company.city
        person.city = next((c for c in CITIES if c.postcode == company.postcode), person.city)

    # ----------------------------------------------------------------------- orders

    def walk(self, first: date, last: date, gap: float) -> list[date]:
        """Purchase days from ``first`` to ``last``, about ``gap`` days apart (more in December)."""
        days: list[date] = []
        day = first
        while day <= last:
            days.append(day)
            step = self.rng.gammavariate(2.5, gap / 2.5) / MONTH_FACTOR[day.month - 1]
            day += timedelta(days=max(1, round(step)))
        return days

    def christmas_days(self, first: date, last: date, chance: float) -> list[date]:
        days = []
        for year in range(first.year, last.year + 1):
            if self.rng.random() < chance:
                day = date(year, 12, self.rng.choices(range(1, 25), [1] * 9 + [3] * 15)[0])
                if first <= day <= last:
                    days.append(day)
        return days

    def purchase_days(self, person: _Person) -> list[date]:
        rng, start, end = self.rng, self.start, self.end
        span = (end - start).days
        archetype = person.archetype
        if archetype == "regular":
            first = start + timedelta(days=rng.randrange(-60, max(1, int(span * 0.6))))
            return self.walk(max(first, start), end, rng.uniform(18, 40)) + self.christmas_days(
                first, end, 0.4
            )
        if archetype == "champion":
            first = start + timedelta(days=rng.randrange(max(1, int(span * 0.25))))
            return self.walk(first, end, rng.uniform(7, 13)) + self.christmas_days(first, end, 0.7)
        if archetype in ("lapsed", "lapsed_big"):
            if archetype == "lapsed":
                # The first one surely lapsed long ago, so that small demos have a former.
                low, high = (2.1, 2.9) if not self.forced_former and span > 2.6 * 365 else (1, 3)
                self.forced_former = self.forced_former or low > 2
                stop_ago = int(rng.uniform(low, high) * 365)
                gap = rng.uniform(20, 50)
            else:
                stop_ago = rng.randrange(120, 300)
                gap = rng.uniform(8, 15)
            stop_ago = min(stop_ago, max(30, span - 150))
            stop = end - timedelta(days=stop_ago)
            first = self.day_between(start, stop - timedelta(days=120))
            return self.walk(first, stop, gap)
        if archetype == "occasional":
            first = self.day_between(start, end - timedelta(days=120))
            return [self.day_between(first, end) for _ in range(rng.randint(2, 5))]
        if archetype == "one_off":
            return [self.day_between(start, end - timedelta(days=60))]
        if archetype == "newcomer":
            first = end - timedelta(days=rng.randrange(0, 55))
            days = [first]
            if rng.random() < 0.35:
                second = first + timedelta(days=rng.randrange(5, 40))
                if second <= end:
                    days.append(second)
            return days
        if archetype == "seasonal":
            first = self.day_between(start, end - timedelta(days=200))
            days = self.christmas_days(first, end, 0.85) + self.christmas_days(first, end, 0.3)
            for year in range(first.year, end.year + 1):
                if rng.random() < 0.15:
                    day = date(year, 4, rng.randrange(1, 25))
                    if first <= day <= end:
                        days.append(day)
            if not days:
                december = date(end.year if end.month == 12 else end.year - 1, 12, 18)
                days.append(max(min(december, end), start))
            return days
        return []

    def plan_orders(self) -> None:
        for index, person in enumerate(self.people):
            if person.archetype == "pro":
                continue
            for day in self.purchase_days(person):
                self.add_order(index, day, "individual", big=person.archetype == "champion")
            if index % 200 == 0:
                self.check()
        for company_index, members in enumerate(self.company_people):
            if members:
                self.plan_company_orders(company_index, members)

    def plan_company_orders(self, company_index: int, members: list[int]) -> None:
        rng, start, end = self.rng, self.start, self.end
        kind = self.company_kinds[company_index].code
        span = (end - start).days
        roll = rng.random()
        if roll < 0.2 and company_index > 0:
            return  # a prospect: the pipeline works on it
        buyer = members[0]
        if kind in ("restaurant", "hotel", "bar"):
            first = self.day_between(start, start + timedelta(days=int(span * 0.5)))
            last = end
            if roll > 0.85:  # a lost account
                last = end - timedelta(days=rng.randrange(200, 800))
            for day in self.walk(first, last, rng.uniform(10, 24)):
                who = buyer if rng.random() < 0.8 else rng.choice(members)
                self.add_order(who, day, "pro", company=company_index)
        else:
            first = self.day_between(start, start + timedelta(days=int(span * 0.4)))
            for day in self.christmas_days(first, end, 0.9):
                day = date(day.year, 12, rng.randrange(1, 16))
                if day <= end:
                    self.add_order(buyer, day, "gifts", company=company_index)
            for _ in range(rng.randint(1, 2 * max(1, self.years))):
                day = self.day_between(first, end)
                self.add_order(rng.choice(members), day, "reception", company=company_index)

    def add_order(
        self,
        buyer: int,
        day: date,
        profile: str,
        *,
        company: int | None = None,
        big: bool = False,
        lines: list[tuple[int, int, int]] | None = None,
        channel: str | None = None,
    ) -> _OrderPlan:
        rng = self.rng
        if channel is None:
            if profile == "individual":
                channel = rng.choices(("boutique", "web", "téléphone"), (72, 20, 8))[0]
            else:
                channel = rng.choices(("boutique", "web", "téléphone"), (25, 20, 55))[0]
        if channel != "web":
            day = shop_day(rng, day, self.start - timedelta(days=7), self.end)
        else:
            day = min(day, self.end)
        plan = _OrderPlan(
            when=shop_time(rng, day, channel),
            buyer=buyer,
            company=company,
            channel=channel,
            lines=lines if lines is not None else self.basket(buyer, day, profile, big),
        )
        self.people[buyer].orders.append(plan)
        self.orders.append(plan)
        return plan

    def pick_product(self, tastes: list[float], december: bool) -> int:
        category = choose_weighted(self.rng, self.categories, tastes)
        cum = self.cum_xmas[category] if december else self.cum_normal[category]
        return choose_weighted(self.rng, self.by_category[category], cum)

    def basket(self, buyer: int, day: date, profile: str, big: bool) -> list[tuple[int, int, int]]:
        return [
            (product, quantity, PRODUCTS[product].price_cents)
            for product, quantity in self.products_for(buyer, day, profile, big)
        ]

    def products_for(self, buyer: int, day: date, profile: str, big: bool) -> list[tuple[int, int]]:
        rng = self.rng
        december = day.month == 12
        tastes = self.people[buyer].tastes
        if december:
            xmas = [CHRISTMAS_CATEGORY.get(c, 1.0) for c in self.categories]
            weights = [b - a for a, b in zip([0.0, *tastes[:-1]], tastes, strict=True)]
            tastes = list(itertools.accumulate(w * x for w, x in zip(weights, xmas, strict=True)))
        if profile == "gifts":
            picks = rng.sample(self.by_category["Coffrets cadeaux"], rng.randint(1, 2))
            lines = [(i, rng.randint(15, 80) * 1000) for i in picks]
            if rng.random() < 0.4:
                lines.append((self.ref["VIN-015"], rng.choice((12, 24, 36)) * 1000))
            return lines
        if profile == "reception":
            guests = rng.randint(20, 90)
            wine = rng.choice(("VIN-001", "VIN-006", "VIN-007"))
            lines = [(self.ref["TRA-003"], guests * 1000), (self.ref[wine], guests // 3 * 1000)]
            if rng.random() < 0.6:
                lines.append((self.ref["TRA-001"], rng.randint(2, 6) * 1000))
            return lines
        count_weights = (
            (22, 30, 22, 14, 8, 4) if profile == "individual" else (5, 15, 25, 25, 18, 12)
        )
        if big:
            count_weights = (5, 15, 25, 25, 18, 12)
        n = rng.choices(range(1, 7), count_weights)[0]
        chosen: list[int] = []
        for _ in range(n * 3):
            product = self.pick_product(tastes, december)
            if product not in chosen:
                chosen.append(product)
            if len(chosen) == n:
                break
        return [(p, self.quantity(PRODUCTS[p], profile, big, december)) for p in chosen]

    def quantity(self, spec: ProductSpec, profile: str, big: bool, december: bool) -> int:
        rng = self.rng
        pro = profile != "individual"
        if spec.unit == "kg":
            grams = rng.randint(1000, 5000) if pro else rng.randint(120, 650 if big else 450)
            return grams // 5 * 5
        if spec.unit == "person":
            return rng.randint(20, 60) * 1000 if pro else rng.randint(4, 14) * 1000
        if spec.category == "Vins":
            if pro:
                units = rng.choice((6, 12, 12, 18, 24, 36))
            else:
                units = rng.choices((1, 2, 3, 6, 12), (50, 20, 10, 15, 5 + 10 * big))[0]
        elif spec.category == "Spiritueux":
            units = rng.randint(1, 3) if pro else 1
        elif spec.category == "Coffrets cadeaux":
            units = rng.randint(2, 10) if pro else rng.choices((1, 2, 3, 4), (60, 25, 10, 5))[0]
            if december and not pro:
                units += rng.choice((0, 0, 1, 2))
        elif spec.category == "Traiteur":
            units = rng.randint(2, 6) if pro else rng.choices((1, 2), (85, 15))[0]
        else:
            units = rng.randint(3, 12) if pro else rng.choices((1, 2, 3), (65, 25, 10))[0]
        return units * 1000

    def plan_credit_notes(self) -> None:
        reasons = (
            "bouteille bouchonnée",
            "fromage trop affiné",
            "produit abîmé au transport",
            "erreur de préparation",
            "date de consommation dépassée",
        )
        candidates = [o for o in self.orders if o.kind == OrderKind.ORDER]
        for order in candidates:
            if self.rng.random() >= 0.012:
                continue
            product, quantity, price = self.rng.choice(order.lines)
            spec = PRODUCTS[product]
            returned = (
                quantity
                if spec.unit != "piece"
                else 1000 * self.rng.randint(1, max(1, quantity // 1000))
            )
            day = order.when.astimezone(PARIS).date() + timedelta(days=self.rng.randint(1, 10))
            if day > self.end:
                continue
            day = shop_day(self.rng, day, day, self.end)
            credit = _OrderPlan(
                when=shop_time(self.rng, day, "boutique"),
                buyer=order.buyer,
                company=order.company,
                channel="boutique",
                lines=[(product, -returned, price)],
                kind=OrderKind.CREDIT_NOTE,
                reason=self.rng.choice(reasons),
                original=order,
            )
            self.orders.append(credit)
            self.people[order.buyer].orders.append(credit)

    def number_orders(self) -> None:
        self.orders.sort(key=lambda o: (o.when, o.buyer, o.kind))
        counters = dict(self.order_numbers)
        for order in self.orders:
            prefix = "F" if order.kind == OrderKind.ORDER else "A"
            year = order.when.astimezone(PARIS).year
            counters[(prefix, year)] = counters.get((prefix, year), 0) + 1
            order.number = f"{prefix}{year}-{counters[(prefix, year)]:06d}"

    # --------------------------------------------------------------------- pipeline

    def plan_pipelines(self) -> tuple[Pipeline, list[PipelineStage], Pipeline, list[PipelineStage]]:
        sales = Pipeline(name="Ventes", position=0, is_default=True)
        sales_stages = [
            PipelineStage(pipeline_id=sales.id, name=name, position=i, probability=p, kind=kind)
            for i, (name, p, kind) in enumerate(
                (
                    ("Nouveau", 10, StageKind.OPEN),
                    ("Qualifié", 25, StageKind.OPEN),
                    ("Proposition", 50, StageKind.OPEN),
                    ("Négociation", 75, StageKind.OPEN),
                    ("Gagné", 100, StageKind.WON),
                    ("Perdu", 0, StageKind.LOST),
                )
            )
        ]
        events = Pipeline(name="Événements", position=1, is_default=False)
        event_stages = [
            PipelineStage(pipeline_id=events.id, name=name, position=i, probability=p, kind=kind)
            for i, (name, p, kind) in enumerate(
                (
                    ("Demande", 10, StageKind.OPEN),
                    ("Devis envoyé", 40, StageKind.OPEN),
                    ("Dégustation", 65, StageKind.OPEN),
                    ("Confirmé", 100, StageKind.WON),
                    ("Annulé", 0, StageKind.LOST),
                )
            )
        ]
        return sales, sales_stages, events, event_stages

    def plan_deals(self) -> None:
        rng = self.rng
        self.sales, self.sales_stages, self.events, self.event_stages = self.plan_pipelines()
        self.setup += [self.sales, *self.sales_stages, self.events, *self.event_stages]
        n_sales = max(12, self.n_contacts // 8)
        pros = [i for i, p in enumerate(self.people) if p.company is not None]
        privates = [
            i
            for i, p in enumerate(self.people)
            if p.archetype in ("regular", "champion", "prospect")
        ] or list(range(len(self.people)))
        weights = (15, 15, 15, 10, 25, 20)
        positions: dict[str, int] = {}
        for n in range(n_sales):
            stage_index = n if n < 6 else rng.choices(range(6), weights)[0]
            stage = self.sales_stages[stage_index]
            person_index = self.deal_person(stage, pros if rng.random() < 0.7 else privates)
            self.make_deal(self.sales, stage, person_index, positions, event=False)
        n_events = max(5, self.n_contacts // 30)
        for n in range(n_events):
            stage_index = n if n < 5 else rng.choices(range(5), (20, 20, 15, 30, 15))[0]
            stage = self.event_stages[stage_index]
            person_index = self.deal_person(stage, privates if rng.random() < 0.7 else pros)
            self.make_deal(self.events, stage, person_index, positions, event=True)

    def deal_person(self, stage: PipelineStage, candidates: list[int]) -> int:
        """Who the deal is with; a won deal becomes an order, so never with a prospect."""
        if stage.kind == StageKind.WON:
            candidates = [i for i in candidates if self.people[i].archetype != "prospect"]
            if not candidates:
                candidates = [i for i, p in enumerate(self.people) if p.archetype != "prospect"]
        return self.rng.choice(candidates or range(len(self.people)))

    def make_deal(
        self,
        pipeline: Pipeline,
        stage: PipelineStage,
        person_index: int,
        positions: dict[str, int],
        *,
        event: bool,
    ) -> None:
        rng = self.rng
        person = self.people[person_index]
        contact = person.contact
        company = self.companies[person.company] if person.company is not None else None
        kind = self.company_kinds[person.company].code if person.company is not None else ""
        status = {StageKind.WON: DealStatus.WON, StageKind.LOST: DealStatus.LOST}.get(
            stage.kind, DealStatus.OPEN
        )
        if status == DealStatus.OPEN:
            created_day = self.end - timedelta(days=rng.randrange(1, 120))
        else:
            oldest = max(31, min(900, (self.end - self.start).days))
            created_day = self.end - timedelta(days=rng.randrange(30, oldest))
        created = paris_to_utc(created_day, rng.randrange(9, 18), rng.randrange(60))
        year = (created_day + timedelta(days=60)).year
        if event:
            title, lines = self.event_deal(contact, company)
        else:
            title, lines = self.sales_deal(kind, contact, company, year)
        probability = None
        if rng.random() < 0.2 and stage.kind == StageKind.OPEN:
            probability = min(95, max(5, stage.probability + rng.choice((-10, 10))))
        deal = Deal(
            title=title,
            contact_id=contact.id,
            company_id=company.id if company else None,
            pipeline_id=pipeline.id,
            stage_id=stage.id,
            owner_id=self.user().id,
            currency=CURRENCY,
            status=status,
            position=positions.get(stage.id, 0),
            probability=probability,
            created_at=created,
            updated_at=created,
            custom={},
        )
        positions[stage.id] = positions.get(stage.id, 0) + 1
        total = 0
        sold: list[tuple[int, int, int]] = []
        for position, (product, quantity, discount) in enumerate(lines):
            spec = PRODUCTS[product]
            gross = line_amount(quantity, spec.price_cents)
            total += gross - gross * discount // 10000
            sold.append((product, quantity, spec.price_cents * (10000 - discount) // 10000))
            self.deal_lines.append(
                DealLine(
                    deal_id=deal.id,
                    product_id=self.products[product].id,
                    description=spec.name,
                    quantity=quantity_of(quantity),
                    unit_price_cents=spec.price_cents,
                    discount_bp=discount,
                    vat_rate_bp=spec.vat_rate_bp,
                    position=position,
                    created_at=created,
                    updated_at=created,
                )
            )
        deal.amount_cents = total
        if status == DealStatus.OPEN:
            deal.expected_close_date = self.today + timedelta(days=rng.randrange(-10, 90))
            if stage.position >= 2:
                deal.notes = rng.choice(_DEAL_NOTES)
        else:
            closed_day = min(created_day + timedelta(days=rng.randrange(5, 60)), self.end)
            deal.expected_close_date = closed_day + timedelta(days=rng.randrange(-5, 15))
            deal.closed_at = paris_to_utc(closed_day, rng.randrange(9, 19), rng.randrange(60))
            deal.updated_at = deal.closed_at
            if status == DealStatus.WON:
                deal.close_reason = rng.choice(WON_REASONS)
                # The won deal is delivered and invoiced: it becomes an order.
                delivery = closed_day + timedelta(days=rng.randrange(2, 20))
                if delivery <= self.end:
                    profile = "pro" if company else "individual"
                    self.add_order(
                        person_index,
                        delivery,
                        profile,
                        company=person.company,
                        lines=sold,
                        channel="téléphone",
                    )
            else:
                deal.close_reason = rng.choice(LOST_REASONS)
        self.deals.append(deal)
        person.deals += 1
        if person.first_deal is None or created < person.first_deal:
            person.first_deal = created
        for step in range(rng.randint(1, 3)):
            when = created + timedelta(days=step * rng.randint(2, 12), hours=rng.randint(0, 5))
            if when >= self.now or (deal.closed_at and when > deal.closed_at):
                break
            channel, direction, subject, outcome = rng.choice(DEAL_STEPS)
            duration = rng.randint(10, 60) if channel in (Channel.MEETING, Channel.PHONE) else None
            plan = self.add(
                person_index,
                when,
                channel,
                direction,
                f"{subject} — {deal.title}",
                outcome=outcome,
                duration=duration,
            )
            plan.deal = deal

    def sales_deal(
        self, kind: str, contact: Contact, company: Company | None, year: int
    ) -> tuple[str, list[tuple[int, int, int]]]:
        rng = self.rng
        cat = self.by_category
        name = company.name if company else f"{contact.first_name} {contact.last_name}"
        discount = rng.choice((0, 0, 500, 1000)) if company else 0
        if kind in ("mairie", "cse", "office"):
            boxes = rng.sample(cat["Coffrets cadeaux"], rng.randint(1, 2))
            title = rng.choice(
                (f"Coffrets de Noël {year}", "Cadeaux du personnel", "Colis des aînés")
            )
            return f"{title} — {name}", [(b, rng.randint(20, 120) * 1000, discount) for b in boxes]
        if kind in ("restaurant", "hotel"):
            cheeses = rng.sample(cat["Fromages"], rng.randint(2, 4))
            title = rng.choice(
                ("Chariot de fromages", "Carte des vins de Loire", "Petits-déjeuners terroir")
            )
            lines = [(c, rng.randint(2, 8) * 1000, discount) for c in cheeses]
            lines.append((rng.choice(cat["Vins"][:10]), rng.choice((24, 36, 60)) * 1000, discount))
            return f"{title} — {name}", lines
        if kind == "bar":
            wines = rng.sample(cat["Vins"], rng.randint(2, 4))
            return f"Référencement vins au verre — {name}", [
                (w, rng.choice((12, 24, 36)) * 1000, discount) for w in wines
            ]
        if kind == "events":
            return f"Partenariat traiteur — {name}", [
                (self.ref["TRA-003"], rng.randint(40, 150) * 1000, discount),
                (self.ref["VIN-007"], rng.choice((24, 48)) * 1000, discount),
            ]
        title = rng.choice(("Cave à constituer", "Vins de garde", "Commande de fin d'année"))
        wines = rng.sample(cat["Vins"], rng.randint(2, 4))
        return f"{title} — {name}", [(w, rng.choice((6, 12, 24)) * 1000, 0) for w in wines]

    def event_deal(
        self, contact: Contact, company: Company | None
    ) -> tuple[str, list[tuple[int, int, int]]]:
        rng = self.rng
        guests = rng.randint(30, 140)
        if company is not None:
            title = f"Séminaire — {company.name}"
        else:
            partner = rng.choice(MALE_FIRST_NAMES + FEMALE_FIRST_NAMES)
            title = rng.choice(
                (
                    f"Mariage de {contact.first_name} & {partner}",
                    f"Anniversaire de {contact.first_name} {contact.last_name}",
                    f"Baptême chez {contact.last_name}",
                )
            )
        lines = [
            (self.ref["TRA-003"], guests * 1000, 0),
            (self.ref["VIN-007"], guests // 2 * 1000, 0),
        ]
        if rng.random() < 0.5:
            lines.append((self.ref["TRA-001"], max(1, guests // 12) * 1000, 0))
        return title, lines

    # ------------------------------------------------------------------------ people

    def finish_people(self) -> None:
        rng = self.rng
        lapsed_before = self.now - LAPSED_AFTER
        for person in self.people:
            contact = person.contact
            bought = [o for o in person.orders if o.kind == OrderKind.ORDER]
            if bought:
                first = min(o.when for o in bought)
                last = max(o.when for o in bought)
                lapsed = last < lapsed_before
                contact.status = ContactStatus.FORMER if lapsed else ContactStatus.CUSTOMER
                created = first - timedelta(days=rng.choice((0, 0, 0, rng.randint(1, 40))))
            else:
                contact.status = ContactStatus.PROSPECT
                recent = rng.random() < 0.6
                day = self.day_between(
                    self.end - timedelta(days=300) if recent else self.start, self.end
                )
                created = paris_to_utc(day, rng.randrange(9, 19), rng.randrange(60))
            if person.first_deal is not None and person.first_deal <= created:
                created = person.first_deal - timedelta(days=rng.randint(1, 30))
            person.created = created
            contact.created_at = created
            contact.updated_at = created
            n = len(bought)
            if contact.status == ContactStatus.FORMER:
                contact.relationship_stage = RelationshipStage.DISSOLUTION
            elif contact.status == ContactStatus.PROSPECT:
                contact.relationship_stage = (
                    RelationshipStage.EXPLORATION if person.deals else RelationshipStage.DISCOVERY
                )
            elif n >= 8:
                contact.relationship_stage = RelationshipStage.COMMITMENT
            elif n >= 3:
                contact.relationship_stage = RelationshipStage.EXPANSION
            else:
                contact.relationship_stage = RelationshipStage.EXPLORATION
            contact.preferred_channel = self.preferred_channel(person)
            if n >= 4 and rng.random() < 0.7:
                contact.custom["carte_fidelite"] = True
            elif n and rng.random() < 0.2:
                contact.custom["carte_fidelite"] = False
            if rng.random() < 0.07:
                contact.custom["allergies"] = rng.choice(ALLERGIES)
            if rng.random() < 0.3:
                contact.custom["vin_prefere"] = rng.choice(WINE_COLOURS)
        # Customer numbers follow the order in which the shop met its customers.
        ranked = sorted(self.people, key=lambda p: (p.created or self.now, p.contact.last_name))
        for n, person in enumerate(ranked, start=self.first_customer_number):
            person.contact.customer_number = f"C-{n:06d}"
        # A business is on file from when the shop met the first of its people.
        for company, members in zip(self.companies, self.company_people, strict=True):
            met = [self.people[i].created or self.now for i in members]
            created = min(met, default=self.now - timedelta(days=rng.randrange(30, 400)))
            company.created_at = company.updated_at = created - timedelta(days=rng.randint(0, 5))

    def preferred_channel(self, person: _Person) -> str | None:
        contact = person.contact
        if self.rng.random() < 0.15:
            return None
        options: list[tuple[str, int]] = [(Channel.VISIT, 20)]
        if contact.email:
            options.append((Channel.EMAIL, 40))
        if contact.mobile:
            options.append((Channel.SMS, 15))
        if contact.phone or contact.mobile:
            options.append((Channel.PHONE, 25 if person.born and person.born.year < 1960 else 12))
        if person.born and person.born.year < 1955:
            options.append((Channel.LETTER, 10))
        elif person.born and person.born.year > 1985:
            options.append((Channel.SOCIAL, 8))
        return self.rng.choices([c for c, _ in options], [w for _, w in options])[0]

    # ------------------------------------------------------------------ interactions

    def at_shop(self, day: date, channel: str = "boutique") -> datetime:
        day = shop_day(self.rng, day, min(day, self.end), self.end)
        return shop_time(self.rng, day, channel)

    def plan_interactions(self) -> None:
        for index, person in enumerate(self.people):
            self.person_interactions(index, person)
            if index % 200 == 0:
                self.check()
        self.open_complaints()
        self.cover_channels()

    def person_interactions(self, index: int, person: _Person) -> None:
        rng = self.rng
        contact = person.contact
        created_day = (person.created or self.now).astimezone(PARIS).date()
        ordered = [o for o in person.orders if o.kind == OrderKind.ORDER]
        for order in ordered:
            roll = rng.random()
            if order.channel == "téléphone" and roll < 0.7:
                self.add(
                    index,
                    order.when - timedelta(minutes=rng.randint(5, 90)),
                    Channel.PHONE,
                    Direction.INBOUND,
                    "Commande par téléphone",
                    body=f"Commande de {len(order.lines)} article(s), retrait en boutique.",
                    outcome="Commande prise",
                    duration=rng.randint(3, 12),
                )
            elif order.channel == "web" and roll < 0.3 and (contact.email or contact.mobile):
                self.add(
                    index,
                    order.when + timedelta(hours=rng.randint(2, 20)),
                    Channel.EMAIL if contact.email else Channel.SMS,
                    Direction.OUTBOUND,
                    "Votre commande est prête",
                    body=f"Bonjour {contact.first_name}, votre commande {order.number} vous "
                    "attend en boutique. Belle journée !",
                    outcome="Envoyé",
                )
            elif order.channel == "boutique" and roll < 0.05:
                self.add(
                    index,
                    order.when - timedelta(minutes=rng.randint(5, 30)),
                    Channel.VISIT,
                    Direction.INBOUND,
                    rng.choice(_VISIT_SUBJECTS),
                    outcome="Conseil donné",
                    duration=rng.randint(5, 25),
                )
            if rng.random() < 0.06:
                when = order.when + timedelta(days=rng.randint(1, 6), hours=rng.randint(1, 8))
                self.survey(index, when, by_email=bool(contact.email))
        if contact.status == ContactStatus.PROSPECT:
            for step in range(rng.randint(1, 3)):
                channel, direction, subject, outcome = rng.choice(PROSPECT_STEPS)
                if not self.reachable(contact, channel):
                    channel = Channel.VISIT
                day = created_day + timedelta(days=step * rng.randint(3, 40))
                if day > self.end:
                    break
                self.add(index, self.at_shop(day), channel, direction, subject, outcome=outcome)
        if ordered:
            first_day = min(o.when for o in ordered).astimezone(PARIS).date()
            last_day = max(o.when for o in ordered).astimezone(PARIS).date()
            active_years = max(1, (last_day - first_day).days // 365 + 1)
            for _ in range(rng.randint(0, 2 * active_years)):
                channel, direction, subject, outcome = rng.choice(FOLLOW_UPS)
                if not self.reachable(contact, channel):
                    continue
                day = self.day_between(first_day, min(self.end, last_day + timedelta(days=90)))
                body = _BODIES.get(subject, "").format(first=contact.first_name) or None
                self.add(
                    index,
                    self.at_shop(day),
                    channel,
                    direction,
                    subject,
                    body=body,
                    outcome=outcome,
                )
            birthday = self.last_birthday(contact.birthday)
            if birthday and contact.mobile and birthday >= first_day and rng.random() < 0.5:
                self.add(
                    index,
                    paris_to_utc(birthday, 10, 0),
                    Channel.SMS,
                    Direction.OUTBOUND,
                    "Joyeux anniversaire !",
                    body=f"Joyeux anniversaire {contact.first_name} ! -10 % sur votre "
                    "prochain passage au Comptoir.",
                    outcome="Envoyé",
                )
            if (self.end - last_day).days > 150 and rng.random() < 0.6:
                day = last_day + timedelta(days=rng.randint(120, 200))
                if day <= self.end:
                    channel = Channel.PHONE if contact.phone or contact.mobile else Channel.EMAIL
                    self.add(
                        index,
                        self.at_shop(day),
                        channel,
                        Direction.OUTBOUND,
                        "Relance — vous nous manquez",
                        outcome=rng.choice(_WIN_BACK_OUTCOMES),
                    )
            if len(ordered) >= 3 and rng.random() < 0.2:
                day = self.day_between(first_day, last_day)
                note = rng.choice(NOTES)
                self.add(
                    index,
                    self.at_shop(day),
                    Channel.NOTE,
                    Direction.OUTBOUND,
                    "Note interne",
                    body=note,
                )
        for order in person.orders:
            if order.kind == OrderKind.CREDIT_NOTE:
                self.complaint(index, order)

    @staticmethod
    def reachable(contact: Contact, channel: str) -> bool:
        """False for an e-mail to someone without an address, an SMS without a mobile…"""
        if channel == Channel.EMAIL:
            return bool(contact.email)
        if channel == Channel.SMS:
            return bool(contact.mobile)
        if channel == Channel.PHONE:
            return bool(contact.phone or contact.mobile)
        if channel == Channel.LETTER:
            return bool(contact.address_line1)
        return True

    def last_birthday(self, birthday: date | None) -> date | None:
        """The latest birthday up to yesterday (none for 29 February, to keep it simple)."""
        if birthday is None or (birthday.month, birthday.day) == (2, 29):
            return None
        this_year = birthday.replace(year=self.end.year)
        return this_year if this_year <= self.end else birthday.replace(year=self.end.year - 1)

    def add(
        self,
        buyer: int,
        when: datetime,
        channel: str,
        direction: str,
        subject: str,
        *,
        body: str | None = None,
        outcome: str | None = None,
        duration: int | None = None,
    ) -> _InteractionPlan:
        plan = _InteractionPlan(
            when=min(when, self.now - timedelta(minutes=30)),
            buyer=buyer,
            channel=channel,
            direction=direction,
            subject=subject,
            body=body,
            outcome=outcome,
            duration=duration,
        )
        self.interactions.append(plan)
        return plan

    def survey(self, buyer: int, when: datetime, *, by_email: bool) -> None:
        score = self.rng.choices(range(11), SATISFACTION_WEIGHTS)[0]
        if score >= 9:
            comment = self.rng.choice(_COMMENTS_HIGH)
        elif score >= 7:
            comment = self.rng.choice(_COMMENTS_MID)
        else:
            comment = self.rng.choice(_COMMENTS_LOW)
        plan = self.add(
            buyer,
            when,
            Channel.EMAIL if by_email and self.rng.random() < 0.6 else Channel.WEB,
            Direction.INBOUND,
            "Réponse à l'enquête de satisfaction",
            body=f"Note {score}/10. « {comment} »",
            outcome="Merci envoyé",
        )
        plan.score = score

    def complaint(self, buyer: int, credit: _OrderPlan) -> None:
        original = credit.original.number if credit.original else ""
        product = PRODUCTS[credit.lines[0][0]].name
        plan = self.add(
            buyer,
            credit.when - timedelta(hours=self.rng.randint(1, 48)),
            self.rng.choice((Channel.VISIT, Channel.PHONE, Channel.EMAIL)),
            Direction.INBOUND,
            f"Réclamation : {credit.reason}",
            body=f"{product}, commande {original}. Le client demande un remboursement.",
            outcome="Avoir établi",
        )
        plan.complaint = ComplaintStatus.RESOLVED
        plan.resolved_at = credit.when

    def open_complaints(self) -> None:
        customers = [i for i, p in enumerate(self.people) if p.orders]
        if not customers:
            return
        for _ in range(max(1, len(self.people) // 150)):
            day = self.end - timedelta(days=self.rng.randrange(0, 20))
            plan = self.add(
                self.rng.choice(customers),
                self.at_shop(day),
                self.rng.choice((Channel.EMAIL, Channel.PHONE)),
                Direction.INBOUND,
                f"Réclamation : {self.rng.choice(_OPEN_COMPLAINTS)}",
                body="En attente du retour du fournisseur.",
            )
            plan.complaint = ComplaintStatus.OPEN

    def cover_channels(self) -> None:
        """Small demos still show every channel at least once."""
        seen = {plan.channel for plan in self.interactions}
        for channel in Channel:
            if channel in seen or not self.people:
                continue
            inbound = channel in (Channel.WEB, Channel.SOCIAL)
            self.add(
                self.rng.randrange(len(self.people)),
                self.at_shop(self.end - timedelta(days=self.rng.randrange(60))),
                channel,
                Direction.INBOUND if inbound else Direction.OUTBOUND,
                _CHANNEL_SUBJECTS[channel],
            )

    # ------------------------------------------------------------------------ tasks

    def plan_tasks(self) -> None:
        rng = self.rng
        n = max(12, self.n_contacts // 4)
        open_deals = [d for d in self.deals if d.status == DealStatus.OPEN]
        for deal in open_deals:
            due = deal.expected_close_date or self.today
            due = min(due, self.today + timedelta(days=30)) - timedelta(days=rng.randrange(0, 10))
            big = (deal.amount_cents or 0) > 100000
            priority = TaskPriority.HIGH if big else TaskPriority.NORMAL
            self.task(f"Relancer : {deal.title}", due, deal=deal, priority=priority)
        kinds = ("done", "overdue", "today", "upcoming")
        for i in range(n):
            state = kinds[i] if i < 4 else rng.choices(kinds, (50, 15, 10, 25))[0]
            person = rng.choice(self.people)
            name = f"{person.contact.first_name} {person.contact.last_name}"
            title = rng.choice(TASK_TITLES).format(name=name)
            if state == "done":
                due = self.end - timedelta(days=rng.randrange(1, 400))
            elif state == "overdue":
                due = self.end - timedelta(days=rng.randrange(0, 20))
            elif state == "today":
                due = self.today
            else:
                due = self.today + timedelta(days=rng.randrange(1, 45))
            priority = rng.choices(list(TaskPriority), (2, 6, 2))[0]
            self.task(title, due, person=person, done=state == "done", priority=priority)

    def task(
        self,
        title: str,
        due: date,
        *,
        person: _Person | None = None,
        deal: Deal | None = None,
        done: bool = False,
        priority: str = TaskPriority.NORMAL,
    ) -> None:
        rng = self.rng
        due_at = paris_to_utc(due, rng.choice((10, 12, 17, 18)), 0)
        before_now = self.now - timedelta(hours=1)
        created = min(due_at - timedelta(days=rng.randrange(1, 20)), before_now)
        done_at = None
        if done:
            done_at = min(due_at + timedelta(hours=rng.randrange(-48, 24)), before_now)
            done_at = max(done_at, created + timedelta(minutes=5))
        task = Task(
            title=title,
            due_at=due_at,
            priority=priority,
            done_at=done_at,
            reminder_at=due_at - timedelta(hours=2) if rng.random() < 0.3 else None,
            owner_id=self.user().id,
            contact_id=person.contact.id if person else deal.contact_id if deal else None,
            company_id=(deal.company_id if deal else person.contact.company_id if person else None),
            deal_id=deal.id if deal else None,
            created_at=created,
            updated_at=done_at or created,
        )
        self.tasks.append(task)

    # -------------------------------------------------------------------- marketing

    def plan_marketing(self) -> None:
        rng = self.rng
        tags = {name: Tag(name=name, color=color) for name, color in TAGS}
        salon_year = self.today.year if self.today.month >= 11 else self.today.year - 1
        tags["Salon"].name = f"Salon {salon_year}"
        self.setup += list(tags.values())
        fields = (
            ("carte_fidelite", "Carte de fidélité", CustomFieldType.BOOL, None),
            ("allergies", "Allergies", CustomFieldType.TEXT, None),
            ("vin_prefere", "Vin préféré", CustomFieldType.CHOICE, list(WINE_COLOURS)),
        )
        self.setup += [
            CustomFieldDefinition(
                entity="contact", key=key, label=label, field_type=kind, choices=choices, position=i
            )
            for i, (key, label, kind, choices) in enumerate(fields)
        ]
        spend = sorted(
            (
                (sum(line_amount(q, price) for o in person.orders for _, q, price in o.lines), i)
                for i, person in enumerate(self.people)
            ),
            reverse=True,
        )
        vip = {i for total, i in spend[: max(1, len(spend) // 30)] if total > 0}
        salon_since = paris_to_utc(date(salon_year, 10, 1), 0, 0)
        granted_email: list[int] = []
        links: list[Base] = []
        for index, person in enumerate(self.people):
            contact = person.contact
            names: list[str] = []
            if index in vip or person.archetype == "champion":
                names.append("VIP")
            if person.company is not None:
                names.append("Professionnel")
            if contact.custom.get("carte_fidelite"):
                names.append("Fidélité")
            names += self.favourite_categories(person)
            if contact.source == SALON_SOURCE and person.created and person.created >= salon_since:
                names.append("Salon")
            last = max((o.when for o in person.orders), default=None)
            if (contact.status == ContactStatus.PROSPECT and person.deals) or (
                contact.status == ContactStatus.CUSTOMER
                and last is not None
                and (self.now - last).days > 270
            ):
                names.append("À relancer")
            # Consents (RGPD): asked when the contact was created, per channel.
            recorded = person.created or self.now
            if contact.email:
                status = rng.choices(
                    (ConsentStatus.GRANTED, ConsentStatus.REFUSED, ConsentStatus.WITHDRAWN),
                    (66, 28, 6),
                )[0]
                links.append(self.consent(contact, Channel.EMAIL, status, recorded))
                if status == ConsentStatus.GRANTED:
                    names.append("Newsletter")
                    granted_email.append(index)
            if contact.mobile and rng.random() < 0.55:
                status = rng.choices((ConsentStatus.GRANTED, ConsentStatus.REFUSED), (60, 40))[0]
                links.append(self.consent(contact, Channel.SMS, status, recorded))
            for name in names:
                links.append(
                    ContactTag(contact_id=contact.id, tag_id=tags[name].id, created_at=recorded)
                )
        self.links = links
        # Segments and the Christmas campaign.
        wine_lovers = Segment(
            name="Amateurs de vins",
            description="Clients ayant le tag Vins et acceptant les e-mails.",
            kind="dynamic",
            definition={
                "match": "all",
                "rules": [
                    {"field": "tags", "op": "contains", "value": "Vins"},
                    {"field": "consent.email", "op": "eq", "value": "granted"},
                ],
            },
        )
        lapsed = Segment(
            name="Clients à reconquérir",
            description="Anciens clients : plus d'achat depuis deux ans.",
            kind="dynamic",
            definition={
                "match": "all",
                "rules": [{"field": "status", "op": "eq", "value": ContactStatus.FORMER.value}],
            },
        )
        vip_segment = Segment(
            name="VIP",
            description="Les meilleurs clients.",
            kind="static",
            definition={"contact_ids": [self.people[i].contact.id for i in sorted(vip)]},
        )
        self.setup += [wine_lovers, lapsed, vip_segment]
        year = (
            self.today.year if self.today > date(self.today.year, 12, 24) else self.today.year - 1
        )
        start, end = date(year, 11, 20), date(year, 12, 24)
        sent_at = paris_to_utc(start, 8, 0)
        campaign = Campaign(
            name=f"Coffrets de Noël {year}",
            channel=Channel.EMAIL,
            objective="Faire connaître les coffrets de Noël et les commandes de foie gras.",
            status="done",
            start_date=start,
            end_date=end,
            budget_cents=35000,
            currency=CURRENCY,
            segment_id=wine_lovers.id,
            created_at=paris_to_utc(start - timedelta(days=10), 10, 0),
            updated_at=paris_to_utc(end, 18, 0),
        )
        self.campaign.append(campaign)
        members: list[Base] = []
        for index in granted_email:
            person = self.people[index]
            if person.created is None or person.created >= sent_at or rng.random() < 0.3:
                continue
            status = rng.choices(list(CampaignMemberStatus), (0, 45, 30, 8, 12, 5))[0]
            responded = None
            if status in (CampaignMemberStatus.RESPONDED, CampaignMemberStatus.CONVERTED):
                responded = paris_to_utc(start + timedelta(days=rng.randrange(1, 30)), 11, 0)
            member = CampaignMember(
                campaign_id=campaign.id,
                contact_id=person.contact.id,
                status=status,
                responded_at=responded,
                created_at=sent_at,
                updated_at=responded or sent_at,
            )
            members.append(member)
        self.members = members

    def favourite_categories(self, person: _Person) -> list[str]:
        if len(person.orders) < 3:
            return []
        spent = {"Fromages": 0, "Vins": 0}
        total = 0
        for order in person.orders:
            for product, quantity, price in order.lines:
                amount = line_amount(quantity, price)
                total += amount
                if PRODUCTS[product].category in spent:
                    spent[PRODUCTS[product].category] += amount
        return [name for name, amount in spent.items() if total > 0 and amount / total > 0.35]

    @staticmethod
    def consent(contact: Contact, channel: str, status: str, recorded: datetime) -> Consent:
        return Consent(
            contact_id=contact.id,
            channel=channel,
            purpose="marketing",
            status=status,
            source=contact.source if contact.source else "Formulaire en boutique",
            recorded_at=recorded,
            created_at=recorded,
            updated_at=recorded,
        )

    # ----------------------------------------------------------------------- writing

    def order_rows(self) -> Iterator[Base]:
        for plan in self.orders:
            buyer = self.people[plan.buyer]
            order = Order(
                number=plan.number,
                kind=plan.kind,
                contact_id=buyer.contact.id,
                company_id=self.companies[plan.company].id if plan.company is not None else None,
                ordered_at=plan.when,
                currency=CURRENCY,
                channel=plan.channel,
                created_at=plan.when,
                updated_at=plan.when,
            )
            order.total_cents = sum(line_amount(q, price) for _, q, price in plan.lines)
            yield order
            for position, (product, quantity, price) in enumerate(plan.lines):
                spec = PRODUCTS[product]
                description = spec.name
                if plan.kind == OrderKind.CREDIT_NOTE:
                    original = plan.original.number if plan.original else ""
                    description = f"Retour {spec.name} ({plan.reason}) — {original}"
                yield OrderLine(
                    order_id=order.id,
                    product_id=self.products[product].id,
                    description=description,
                    quantity=quantity_of(quantity),
                    unit_price_cents=price,
                    amount_cents=line_amount(quantity, price),
                    vat_rate_bp=spec.vat_rate_bp,
                    position=position,
                    created_at=plan.when,
                    updated_at=plan.when,
                )

    def interaction_rows(self) -> Iterator[Base]:
        self.interactions.sort(key=lambda p: (p.when, p.buyer))
        for plan in self.interactions:
            person = self.people[plan.buyer]
            company = self.companies[person.company] if person.company is not None else None
            when = max(plan.when, person.created) if person.created else plan.when
            yield Interaction(
                channel=plan.channel,
                direction=plan.direction,
                occurred_at=when,
                subject=plan.subject,
                body=plan.body,
                outcome=plan.outcome,
                duration_minutes=plan.duration,
                satisfaction_score=plan.score,
                satisfaction_scale=10 if plan.score is not None else None,
                is_complaint=plan.complaint is not None,
                complaint_status=plan.complaint,
                resolved_at=plan.resolved_at,
                contact_id=person.contact.id,
                company_id=company.id if company else None,
                deal_id=plan.deal.id if plan.deal else None,
                user_id=self.user().id,
                created_at=when,
                updated_at=plan.resolved_at or when,
            )

    def write(self, session: Session) -> DemoSummary:
        n_lines = sum(len(o.lines) for o in self.orders)
        # The shop's set-up (staff, catalogue, pipelines, tags) dates from the first day.
        opened = paris_to_utc(self.start - timedelta(days=30), 9, 0)
        for row in (*self.users, *self.products, *self.setup):
            row.created_at = row.updated_at = opened  # type: ignore[attr-defined]
        # One phase per table (or parent and children linked by a relationship), in the
        # order of the foreign keys: a flush only orders what relationships tell it about.
        phases: list[tuple[int, Iterable[Base]]] = [
            (len(self.users), self.users),
            (len(self.products), self.products),
            (len(self.setup), self.setup),
            (len(self.companies), self.companies),
            (len(self.people), (p.contact for p in self.people)),
            (len(self.links), self.links),
            (len(self.deals), self.deals),
            (len(self.deal_lines), self.deal_lines),
            (len(self.orders) + n_lines, self.order_rows()),
            (len(self.interactions), self.interaction_rows()),
            (len(self.tasks), self.tasks),
            (len(self.campaign), self.campaign),
            (len(self.members), self.members),
        ]
        self.total = sum(count for count, _ in phases)
        self.tick(0)
        for _, rows in phases:
            pending: list[Base] = []
            for row in rows:
                pending.append(row)
                if len(pending) >= self.CHUNK:
                    self.flush(session, pending)
                    pending = []
            self.flush(session, pending)
        summary = DemoSummary(
            contacts=len(self.people),
            companies=len(self.companies),
            products=len(self.products),
            orders=len(self.orders),
            order_lines=n_lines,
            interactions=len(self.interactions),
            deals=len(self.deals),
            tasks=len(self.tasks),
        )
        batch = session.get(Batch, batch_of(session).batch_id)
        if batch is not None:
            batch.stats = asdict(summary)
        return summary

    def flush(self, session: Session, rows: list[Base]) -> None:
        if not rows:
            return
        session.add_all(rows)
        session.flush()
        self.tick(len(rows))


DEAL_STEPS: tuple[tuple[str, str, str, str], ...] = (
    (Channel.MEETING, Direction.OUTBOUND, "Rendez-vous de présentation", "Besoin qualifié"),
    (Channel.EMAIL, Direction.OUTBOUND, "Envoi du devis", "Devis envoyé"),
    (Channel.PHONE, Direction.OUTBOUND, "Relance du devis", "Rappel prévu"),
    (Channel.MEETING, Direction.INBOUND, "Dégustation en boutique", "Sélection arrêtée"),
    (Channel.EMAIL, Direction.INBOUND, "Questions sur le devis", "Réponse envoyée"),
)
_DEAL_NOTES = (
    "Devis envoyé par e-mail, attend le retour du comité.",
    "Souhaite une dégustation avant de confirmer.",
    "Compare avec un grossiste ; insister sur les producteurs locaux.",
    "Budget validé, reste à fixer la date de livraison.",
)
WON_REASONS = (
    "Devis accepté",
    "Qualité des produits dégustés",
    "Prix compétitif",
    "Proximité et réactivité",
)
LOST_REASONS = (
    "Budget insuffisant",
    "Choix d'un concurrent",
    "Projet annulé",
    "Pas de réponse après relances",
    "Délai trop court",
)
PROSPECT_STEPS: tuple[tuple[str, str, str, str], ...] = (
    (Channel.MEETING, Direction.INBOUND, "Rencontre au salon des vins", "Catalogue remis"),
    (Channel.EMAIL, Direction.INBOUND, "Demande d'information sur les coffrets", "Renseigné"),
    (Channel.LETTER, Direction.OUTBOUND, "Envoi du catalogue de Noël", "Envoyé"),
    (Channel.SOCIAL, Direction.INBOUND, "Message Instagram — horaires d'ouverture", "Renseigné"),
    (Channel.WEB, Direction.INBOUND, "Formulaire de contact du site", "Rappel prévu"),
    (Channel.PHONE, Direction.INBOUND, "Demande de devis plateau de fromages", "Devis envoyé"),
    (Channel.VISIT, Direction.INBOUND, "Passage en boutique sans achat", "Carte remise"),
)
FOLLOW_UPS: tuple[tuple[str, str, str, str | None], ...] = (
    (Channel.EMAIL, Direction.OUTBOUND, "Invitation à la dégustation de printemps", "Inscrit"),
    (Channel.EMAIL, Direction.OUTBOUND, "Arrivage des vins primeurs", None),
    (Channel.LETTER, Direction.OUTBOUND, "Carte de vœux", "Envoyé"),
    (Channel.SMS, Direction.OUTBOUND, "Votre commande est prête", "Envoyé"),
    (Channel.SOCIAL, Direction.INBOUND, "Commentaire sur notre page Facebook", "Répondu"),
    (Channel.WEB, Direction.INBOUND, "Question sur la livraison", "Renseigné"),
    (Channel.PHONE, Direction.INBOUND, "Réservation d'un plateau de fromages", "Commande prise"),
    (Channel.PHONE, Direction.OUTBOUND, "Produit réservé arrivé", "Message laissé"),
    (Channel.VISIT, Direction.INBOUND, "Conseil accord mets-vins", "Conseil donné"),
    (Channel.MEETING, Direction.OUTBOUND, "Atelier dégustation fromages", "A participé"),
    (Channel.NOTE, Direction.OUTBOUND, "Note interne", None),
)
_BODIES: dict[str, str] = {
    "Invitation à la dégustation de printemps": (
        "Bonjour {first}, nous vous attendons samedi de 15 h à 19 h pour déguster "
        "les nouveaux vins de Loire et les chèvres de printemps."
    ),
    "Arrivage des vins primeurs": "Bonjour {first}, les primeurs sont arrivés !",
    "Carte de vœux": "Toute l'équipe du Comptoir vous souhaite une très belle année.",
    "Conseil accord mets-vins": "A cherché un vin pour un rôti de veau ; conseillé un Chinon.",
    "Note interne": "{first} préfère être prévenu(e) par SMS des arrivages.",
}
_WIN_BACK_OUTCOMES = ("Message laissé", "Pas de réponse", "Promet de repasser", "A déménagé")
_CHANNEL_SUBJECTS: dict[str, str] = {
    Channel.PHONE: "Appel — renseignement horaires",
    Channel.EMAIL: "Invitation à la dégustation de printemps",
    Channel.MEETING: "Rendez-vous dégustation",
    Channel.VISIT: "Passage en boutique",
    Channel.LETTER: "Envoi du catalogue de Noël",
    Channel.SMS: "Votre commande est prête",
    Channel.WEB: "Formulaire de contact du site",
    Channel.SOCIAL: "Message Instagram",
    Channel.NOTE: "Note interne",
}
_VISIT_SUBJECTS = (
    "Conseils en boutique",
    "Dégustation au comptoir",
    "Choix d'un coffret cadeau",
    "Conseil pour un plateau de fromages",
)
_COMMENTS_HIGH = (
    "Toujours d'excellents conseils.",
    "Des fromages parfaits, un accueil chaleureux.",
    "Le meilleur Comté de Tours !",
    "Coffret très apprécié, merci.",
)
_COMMENTS_MID = (
    "Bien, mais un peu d'attente le samedi.",
    "Bons produits, prix un peu élevés.",
    "Correct, la livraison pourrait être plus rapide.",
)
_COMMENTS_LOW = (
    "Commande incomplète.",
    "Fromage trop sec cette fois-ci.",
    "Accueil pressé, dommage.",
    "Trop cher pour la quantité.",
)
_OPEN_COMPLAINTS = (
    "colis livré en retard",
    "coffret incomplet",
    "erreur sur la facture",
    "vin bouchonné",
)
TASK_TITLES = (
    "Rappeler {name} pour son devis",
    "Préparer la commande de {name}",
    "Envoyer le devis plateau à {name}",
    "Relancer {name} (plus venu depuis longtemps)",
    "Confirmer la livraison à {name}",
    "Souhaiter l'anniversaire de {name}",
    "Mettre de côté le Comté 24 mois pour {name}",
    "Envoyer les photos des coffrets à {name}",
    "Vérifier le règlement de {name}",
)


#: (channel, direction, subject, outcome) of everyday interactions, for generators.
INTERACTION_TEMPLATES: tuple[tuple[str, str, str, str | None], ...] = (
    *PROSPECT_STEPS,
    *FOLLOW_UPS,
    *DEAL_STEPS,
)


def _existing_numbers(session: Session) -> tuple[dict[tuple[str, int], int], int]:
    """The last order number per (prefix, year) and the last customer number already used."""
    numbers: dict[tuple[str, int], int] = {}
    for number in session.scalars(select(Order.number).where(Order.number.is_not(None))):
        match = re.fullmatch(r"([FA])(\d{4})-(\d+)", number or "")
        if match:
            key = (match[1], int(match[2]))
            numbers[key] = max(numbers.get(key, 0), int(match[3]))
    last = 0
    for number in session.scalars(
        select(Contact.customer_number).where(Contact.customer_number.like("C-%"))
    ):
        if number and number[2:].isdigit():
            last = max(last, int(number[2:]))
    return numbers, last


def populate(
    db: Database,
    *,
    contacts: int = 300,
    years: int = 4,
    seed: int = 42,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> DemoSummary:
    """Fill ``db`` with a demo shop's customers and history, in one undoable batch.

    ``contacts`` people (from 10 to a few thousand) over ``years`` years up to ``today``.
    ``progress(done, total)`` is called as rows are written; when ``cancel()`` returns
    True, :class:`DemoCancelled` is raised and nothing is kept.
    """
    if contacts < 1:
        raise ValueError("contacts must be at least 1")
    if years < 1:
        raise ValueError("years must be at least 1")
    with db.write(BatchKind.DEMO, "Demo data") as session:
        numbers, last_customer = _existing_numbers(session)
        builder = _Builder(
            contacts=contacts,
            years=years,
            seed=seed,
            today=today or date.today(),
            progress=progress,
            cancel=cancel,
            order_numbers=numbers,
            first_customer_number=last_customer + 1,
        )
        builder.plan()
        summary = builder.write(session)
        _demo_profile(session)
        return summary


def _demo_profile(session: Session) -> None:
    """The demo shop's own identity, so that quotes print a letterhead (when none is set)."""
    from app.company_profile import SETTING_KEY, CompanyProfile
    from app.identifiers import french_vat_number, luhn_complete
    from models import Setting

    if session.get(Setting, SETTING_KEY) is not None:
        return
    siren = luhn_complete("41287345")
    profile = CompanyProfile(
        name="La Boutique de démonstration",
        address_line1="12 rue Nationale",
        postcode="37000",
        city="Tours",
        phone="+33 2 47 00 00 00",
        email="contact@boutique-demo.fr",
        website="boutique-demo.fr",
        siren=siren,
        siret=luhn_complete(siren + "0001"),
        vat_number=french_vat_number(siren) or "",
        legal_mentions="SARL au capital de 10 000 € — RCS Tours (données de démonstration)",
        payment_terms="Paiement à 30 jours date de facture, par virement bancaire.",
    )
    session.add(Setting(key=SETTING_KEY, value=profile.as_dict()))


__all__ = [
    "CATEGORY_WEIGHTS",
    "CITIES",
    "COMPANY_KINDS",
    "EMAIL_DOMAINS",
    "FEMALE_FIRST_NAMES",
    "INTERACTION_TEMPLATES",
    "LAST_NAMES",
    "LOST_REASONS",
    "MALE_FIRST_NAMES",
    "MONTH_FACTOR",
    "NOTES",
    "PARIS",
    "PRODUCTS",
    "SATISFACTION_WEIGHTS",
    "SOURCES",
    "STREETS",
    "TAGS",
    "TASK_TITLES",
    "WON_REASONS",
    "City",
    "CompanyKind",
    "DemoCancelled",
    "DemoSummary",
    "ProductSpec",
    "ascii_fold",
    "choose_weighted",
    "e164_from_national",
    "email_for",
    "french_e164",
    "is_shop_open",
    "line_amount",
    "luhn_complete",
    "luhn_ok",
    "paris_to_utc",
    "populate",
    "quantity_of",
    "random_landline",
    "random_mobile",
    "random_siren",
    "shop_day",
    "shop_time",
    "siret_for",
    "street_address",
    "typed_phone",
    "vat_number",
]
