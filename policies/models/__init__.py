from .facets import EnterpriseSize, Sector, SupportType
from .legal import (
    DocumentStatus,
    DocumentType,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalDocumentRelation,
    RelationKind,
)
from .policy import PolicyIndexPage, PolicyLegalBasis, PolicyPage, PolicyStatus

__all__ = [
    "DocumentStatus",
    "DocumentType",
    "EnterpriseSize",
    "LegalDocumentIndexPage",
    "LegalDocumentPage",
    "LegalDocumentRelation",
    "PolicyIndexPage",
    "PolicyLegalBasis",
    "PolicyPage",
    "PolicyStatus",
    "RelationKind",
    "Sector",
    "SupportType",
]
