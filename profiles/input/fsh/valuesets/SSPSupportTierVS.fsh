ValueSet: SSPSupportTierVS
Id: ssp-support-tier
Title: "Support Tier"
Description: "Universal, targeted and intensive tiers of support (MTSS tiers 1-3)."
* insert CanonicalMetadata
* include codes from system SSPSupportTier
