from .agency import Agency
from .identity import PortalIdentity, PortalSettings
from .pages import StandardPage

__all__ = ["Agency", "PortalIdentity", "PortalSettings", "StandardPage"]
