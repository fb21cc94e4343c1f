CodeSystem: SSPSupportTier
Id: ssp-support-tier
Title: "Support Tier"
Description: """
The intensity of support a student's plan or need calls for, aligned with multi-tiered systems of
support (MTSS tiers 1-3) and with City Connects review tiers (strengths and minimal risk,
mild-to-moderate risk, severe risk). Used as a `category` of SuccessPlan and as `severity` of
StudentNeed.
"""
* insert TerminologyMetadata
* #universal "Universal (Tier 1)" "Strengths and minimal risk: supports available to every student (core instruction, school-wide programs, enrichment)."
* #targeted "Targeted (Tier 2)" "Mild to moderate risk: supplemental supports for a student or small group, with progress monitoring."
* #intensive "Intensive (Tier 3)" "Severe risk: individualized, intensive supports and services, often with community partners, reviewed frequently."
