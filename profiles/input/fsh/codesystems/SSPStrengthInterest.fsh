CodeSystem: SSPStrengthInterest
Id: ssp-strength-interest
Title: "Student Strength and Interest"
Description: """
Strengths a student shows and interests a student has. A success plan starts from these, not only
from deficits. Used as `code` of StudentStrength observations (the category says whether it is a
strength or an interest). The list is intentionally short and extensible: use `text` for the
student's own words.
"""
* insert TerminologyMetadata
* ^hierarchyMeaning = #is-a
* #strength "Strength" "Grouping concept: a quality or skill the student shows."
  * #academic-strength "Academic strength" "Does well in or enjoys a school subject."
  * #creative-arts "Creative and artistic" "Shows creativity in visual arts, music, drama, dance or writing."
  * #athletic "Athletic" "Physical skill, coordination, persistence in sports or movement."
  * #leadership "Leadership" "Takes initiative, helps organize peers, is looked up to."
  * #social-skills "Social skills" "Makes and keeps friends, cooperates, shows empathy."
  * #resilience "Resilience" "Keeps going after setbacks, adapts to change."
  * #curiosity "Curiosity" "Asks questions, wants to learn how things work."
  * #kindness "Kindness" "Helps others, cares for younger children, classmates or family."
  * #family-support "Family support" "A caring, engaged adult at home who supports the student's learning."
  * #community-connection "Community connection" "Belongs to a community group, faith community, team or club."
  * #cultural-identity "Cultural identity" "Draws strength from language, culture or heritage."
  * #multilingual "Multilingual" "Speaks, reads or understands more than one language."
* #interest "Interest" "Grouping concept: something the student likes to do or wants to learn about."
  * #interest-arts "Arts" "Drawing, painting, crafts, photography, design."
  * #interest-music "Music" "Singing, playing an instrument, listening to or making music."
  * #interest-sports "Sports" "Team or individual sports, dance, outdoor activity."
  * #interest-stem "Science and technology" "Science, mathematics, coding, robotics, building things."
  * #interest-reading-writing "Reading and writing" "Books, stories, poetry, journalism."
  * #interest-nature-animals "Nature and animals" "Animals, gardening, the outdoors, the environment."
  * #interest-cooking "Cooking" "Cooking, baking, food."
  * #interest-games "Games" "Board games, puzzles, chess, video games."
  * #interest-helping-others "Helping others" "Volunteering, mentoring younger students, community service."
  * #interest-careers "Careers" "Exploring jobs and careers, internships."
