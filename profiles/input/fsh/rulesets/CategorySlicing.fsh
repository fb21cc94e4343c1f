// Need-domain categorisation shared by needs, goals, plans, referrals, assessments and services.
// Slicing by value on $this with required bindings is how the Gravity SDOH IG slices category;
// it lets a record carry our need domain AND the Gravity SDOH category side by side.
RuleSet: CategorySlicing
* category ^slicing.discriminator.type = #value
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category ^slicing.description = "Slice by code: need domain (this guide), Gravity SDOH category, and profile-specific fixed codes."

RuleSet: NeedDomainCategory(min)
* category contains needDomain {min}..* MS and sdoh 0..* MS
* category[needDomain] from SSPNeedDomainVS (required)
* category[needDomain] ^short = "Need domain(s): academic | attendance | food | housing | ..."
* category[needDomain] ^requirements = "The need domain drives search (category=ssp-need-domain|food), consent (provision.code), labelling of sensitive domains and reporting by domain."
* category[sdoh] from SSPGravitySDOHCategoryVS (required)
* category[sdoh] ^short = "Gravity SDOH category, when one applies"
* category[sdoh] ^requirements = "Lets systems that implement the Gravity SDOH Clinical Care IG recognise the record without a translation (see ConceptMap ssp-need-domain-to-gravity-sdoh)."
