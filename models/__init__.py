"""Floor 1: the ORM classes, the database (engine, pragmas) and the migrations.

Nothing here imports ``app`` or ``ui``.
"""

from models.activity import Interaction, Task
from models.base import Base, Entity, new_id, utcnow
from models.documents import Quote
from models.marketing import Campaign, CampaignMember, Segment
from models.people import (
    Company,
    CompanyTag,
    Consent,
    Contact,
    ContactTag,
    CustomFieldDefinition,
    Tag,
    User,
    fold,
)
from models.sales import Deal, DealLine, Order, OrderLine, Pipeline, PipelineStage, Product
from models.system import Batch, ChangeLogEntry, Setting

__all__ = [
    "Base",
    "Batch",
    "Campaign",
    "CampaignMember",
    "ChangeLogEntry",
    "Company",
    "CompanyTag",
    "Consent",
    "Contact",
    "ContactTag",
    "CustomFieldDefinition",
    "Deal",
    "DealLine",
    "Entity",
    "Interaction",
    "Order",
    "OrderLine",
    "Pipeline",
    "PipelineStage",
    "Product",
    "Quote",
    "Segment",
    "Setting",
    "Tag",
    "Task",
    "User",
    "fold",
    "new_id",
    "utcnow",
]
