Profile: SSPSuccessPlan
Parent: CarePlan
Id: ssp-success-plan
Title: "Success Plan"
Description: """
A student's success plan: built from the student's strengths and interests (extension
`ssp-strengths-basis`) and needs (`addresses`), with goals, in-school supports
(`activity.detail`) and referrals to community services (`activity.reference`), a tier of support
and a period (usually the school year). Designed by educators after consulting the family:
`contributor` records who took part. Revisions `replace` the earlier plan so the running record is
kept. Follows the MCC eCare Plan / US Core CarePlan pattern (addresses = needs, goal, activity).
"""
* insert ProfileMetadata
* obeys ssp-plan-1
* extension contains SSPStrengthsBasis named strengthsBasis 0..* MS
* extension[strengthsBasis] ^requirements = "Plans start from strengths and interests, not only deficits."
* text MS
* text ^requirements = "A human-readable summary is what families and partners read first."
* identifier MS
* identifier ^requirements = "Lets a district's system keep its own plan id (and retries not duplicate plans)."
* replaces MS
* replaces only Reference(SSPSuccessPlan)
* replaces ^requirements = "Plans are revised over time; the new version points to the one it replaces so history is kept."
* status MS
* status ^requirements = "Only one plan per student should be active; others are draft, completed or revoked."
* intent = #plan (exactly)
* intent ^requirements = "A success plan is a plan, not an order or a proposal."
* insert CategorySlicing
* category 1..* MS
* category contains successPlan 1..1 MS and supportTier 0..1 MS
* category[successPlan] = SSPPlanCategory#success-plan
* category[successPlan] ^short = "Fixed: success-plan"
* category[successPlan] ^requirements = "Distinguishes success plans from other CarePlans on the same server (CarePlan?category=...|success-plan)."
* category[supportTier] from SSPSupportTierVS (required)
* category[supportTier] ^short = "Tier of support: universal | targeted | intensive"
* category[supportTier] ^requirements = "Capacity planning and MTSS reporting need the tier of every plan; a category (not an extension) keeps it searchable with the core category parameter."
* insert NeedDomainCategory(0)
* category[needDomain] ^comment = "The domains the plan covers (normally the domains of the needs it addresses). Consent filtering by domain uses these."
* title MS
* title ^requirements = "Plans are listed by title."
* description MS
* description ^requirements = "A short statement of the plan's intent, in plain language for the family."
* subject only Reference(SSPStudent)
* subject MS
* subject ^requirements = "A success plan is about one student."
* period 1..1 MS
* period.start 1..1 MS
* period ^requirements = "Plans are reviewed per school year; history depends on knowing when each version applied."
* created MS
* created ^requirements = "When the plan was first written."
* author MS
* author only Reference(SSPNavigator or SSPSchool)
* author ^requirements = "The navigator or school responsible for the plan."
* contributor MS
* contributor only Reference(SSPNavigator or Practitioner or SSPGuardian or SSPStudent or SSPAgency or SSPClinic or SSPSchool)
* contributor ^requirements = "Plans are designed after consulting families and students: record who contributed."
* careTeam MS
* careTeam only Reference(SSPSuccessTeam)
* careTeam ^requirements = "Who supports the student under this plan."
* addresses MS
* addresses only Reference(SSPStudentNeed)
* addresses ^requirements = "The needs this plan responds to (see invariant ssp-plan-1)."
* supportingInfo MS
* supportingInfo ^requirements = "Assessments, screening results and other records the plan was built from."
* goal MS
* goal only Reference(SSPSuccessGoal)
* goal ^requirements = "Measurable goals set with the student and family."
* activity MS
* activity ^requirements = "What will be done: referrals to partners and in-school supports."
* activity.outcomeReference MS
* activity.outcomeReference ^requirements = "Closes the loop on each activity (e.g. the ServiceDelivered record)."
* activity.progress MS
* activity.progress ^requirements = "Notes from plan reviews."
* activity.reference MS
* activity.reference only Reference(SSPReferral or Task or Appointment or CommunicationRequest)
* activity.reference ^requirements = "A referral to a partner is a Referral (ServiceRequest) with its ReferralTask."
* activity.detail MS
* activity.detail ^requirements = "In-school supports that need no referral (tutoring, mentoring, check-in/check-out) are described inline."
* activity.detail.code MS
* activity.detail.status MS
* activity.detail.description MS
* activity.detail.performer MS
* note MS
* note ^requirements = "Review notes and family input."
* category ^requirements = "At least the success-plan category."
* period.start ^requirements = "When this version of the plan applies from."
* activity.detail.code ^requirements = "What the in-school support is."
* activity.detail.status ^requirements = "Whether the support has started, is ongoing or ended."
* activity.detail.performer ^requirements = "Who provides the support."
* activity.detail.description ^requirements = "The support in plain language."
