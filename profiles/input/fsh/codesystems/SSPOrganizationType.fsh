CodeSystem: SSPOrganizationType
Id: ssp-organization-type
Title: "Success Plan Organization Type"
Description: "Kinds of organization that take part in success-plan exchange. Used in the `type` of School, Agency and Clinic profiles (together with the core organization-type code)."
* insert TerminologyMetadata
* #school "School" "A school (public, charter or private) that enrolls students."
* #district "School district (LEA)" "A local education agency responsible for a group of schools."
* #state-education-agency "State education agency" "A state education agency (SEA)."
* #community-agency "Community agency" "A community-based organization providing social services (food, housing, family support, legal aid...)."
* #out-of-school-time-provider "Out-of-school-time provider" "An after-school, summer, mentoring, arts or athletics program provider."
* #coordination-platform "Coordination platform" "An intermediary that routes referrals between organizations (Gravity 'coordination platform')."
* #clinic "Clinic" "A health, dental, vision or mental-health clinic."
* #school-based-health-center "School-based health center" "A clinic operating in or beside a school."
