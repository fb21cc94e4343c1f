CodeSystem: SSPPlanCategory
Id: ssp-plan-category
Title: "Plan Category"
Description: "Kinds of student plan. The SuccessPlan profile requires `success-plan`; the other codes let derived profiles describe related plans that sit beside it."
* insert TerminologyMetadata
* #success-plan "Success plan" "A whole-child plan built from a student's strengths, interests and needs, in school and out of school, with goals, supports and referrals to community services."
* #individual-student-review "Individual student review" "An in-depth review of one student by a team (City Connects style) that produces or revises a success plan."
* #transition-plan "Transition plan" "A plan for a transition between schools, grades, or from school to postsecondary education or work."
