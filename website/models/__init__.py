from .agency import Agency
from .identity import PortalIdentity, PortalSettings
from .pages import StandardPage
from .reporting import AgencyReporters

__all__ = ["Agency", "AgencyReporters", "PortalIdentity", "PortalSettings", "StandardPage"]
