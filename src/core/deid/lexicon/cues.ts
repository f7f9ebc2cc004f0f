// Words that tell the checker how to read the word next to them. Lower case; "_" joins words.

/** Come before a name and belong to it under the labelling rules ("Dr. Patel", "Coach Mark"). */
export const TITLES = `
dr mr mrs ms miss mx prof professor sir dame mme mlle madame monsieur rev reverend fr sgt cpl capt constable officer judge coach aunt auntie aunty uncle nana nan gran granny grandma grandpa grampa nonna nonno abuela abuelo
`

/** Nouns after which the next word, if it could be a name, is one ("her sister Kiri", "client okonkwo"). */
export const PERSON_CUES = `
client athlete player skater swimmer runner gymnast rower goalie goalkeeper keeper goaltender striker winger defender captain coach teammate mentee mentor supervisee supervisor presenter colleague member parent mom mum mother dad father sister brother son daughter cousin aunt uncle grandma grandmother grandfather grandpa nana partner wife husband boyfriend girlfriend fiance fiancee friend roommate housemate billet teacher principal physio trainer therapist counsellor counselor psychologist doctor referee ref official student kid child twin stepdad stepmom stepmum stepfather stepmother guardian dancer diver fencer cyclist boxer wrestler golfer pitcher catcher quarterback setter libero cox coxswain named called nicknamed aka alias cc consultant practitioner clinician facilitator host colleague peer manager agent scout director chair lead recruit rookie veteran defenceman defenseman forward midfielder triathlete jumper sprinter thrower lifter climber skier snowboarder rider jockey umpire linesman trainee intern apprentice nephew niece grandson granddaughter godson goddaughter ex
`

/** After these, a capitalised word is read as a place ("moved to Eagle", "back in leeds"). */
export const PLACE_CUES = `
in from to near at outside around toward towards into via of lives lived living based raised
`

/** After these, a capitalised word is read as a team, club or employer ("plays for", "joined"). */
export const ORG_CUES = `
for joined join joining signed represents represented representing captains captained coaches coached plays played skates skated rows rowed swims swam trains trained runs ran dances danced wrestles fences volunteers works worked employed attends attended attending
`

/** Verbs and markers after a word that show it is someone's name ("Hope is", "Mark texted"). */
export const PERSON_VERBS = `
is was has had says said texts texted emails emailed calls called asks asked tells told wants wanted feels felt thinks thought reports reported shares shared mentions mentioned describes described explains explained admits admitted notices noticed seems seemed struggles struggled plays played skates skated swims swam runs ran rows rowed trains trained competes competed scores scored misses missed lives lived moves moved starts started begins began works worked goes studies studied coaches coached dances danced enjoys enjoyed fears feared arrived arrives continues continued improved improves received earned withdrew disclosed phoned talks talked speaks spoke meets met laughs sleeps eats reads joins joined quits quit leaves left finishes finished attends attended wears wore gets got makes made does did goes went came comes sees saw hates hated loves loved likes liked worries worried freezes froze panics panicked cries cried refuses refused avoids avoided dreads dreaded transferred switched returned returns retired wrote writes posted posts messaged reached agreed disagreed declined missed lost won beat signed broke tore injured sprained turned turns needs needed uses used keeps kept brings brought prefers preferred hopes hoped expects expected says sounds looked looks appears appeared became becomes will would can could should might must shall can't won't isn't wasn't doesn't didn't hasn't hadn't couldn't wouldn't shouldn't is's
`

/** After a theorist's possessive, these show the name is a model, not a person ("Neff's self-compassion work"). */
export const FRAMEWORK_WORDS = `
model models theory theories work framework frameworks scale scales approach approaches law laws hierarchy stages stage principle principles concept concepts idea ideas book books research paper papers findings study studies method methods technique techniques exercise exercises questionnaire inventory taxonomy matrix triangle window wheel pyramid continuum typology hypothesis effect effects mindset grit flow cycle curve circle zone zones formula process needs strengths perma three four five self-compassion compassion self-efficacy efficacy cognitive rational emotional attribution attributions achievement motivation learned helplessness drive reinforcement conditioning ecological developmental transtheoretical motivational interviewing reflective learning experiential supervision sas integrated deliberate practice 10,000 rule talk ted podcast lens view classic original seminal famous well-known iceberg ladder protocol hexaflex triad therapy therapies intervention interventions program programme pomodoro psychology orientations orientation conditions trap metaphors metaphor tools skills curve styles checklist categories states routine routines principle paradox mind habits model's
`

/** Capitalised words that a note uses for roles and headings, never part of a name by themselves. */
export const ROLE_WORDS = `
mom mum dad mother father mama papa parents presenter presenters facilitator facilitators client clients athlete athletes group groups host hosts member members mentee mentees mentor mentors supervisee supervisor consultant consultants practitioner practitioners parent parents theme themes topic q a qa question questions consensus update updates note notes reminder action actions next follow-up followup followups summary discussion case cases agenda item items check-in check-out checkin checkout debrief learning takeaway takeaways suggestion suggestions plan decision decisions context background issue issues concern concerns goal goals outcome outcomes observation observations reflection reflections i
cop cops tel tél ph fax cell mob
`

/**
 * Capitalisable words that join a name next to them ("Carlingwood Community Health Centre") but are
 * not identifiers alone ("Mental Performance Consultant"): institution words, sport words,
 * street and place words, and the names of models and therapies.
 */
export const WEAK_WORDS = `
club fc cf afc sc united athletic athletics rovers wanderers association league society federation union inc ltd llc corp corporation company co foundation board district trust council committee network alliance collective partnership project initiative program programme services service department ministry office agency
arena arenas centre center sportsplex complex rink rinks gardens stadium field fields park pool pools aquatic aquatics gym gymnasium dome pavilion hall hospital hospitals clinic clinics health healthcare wellness infirmary general memorial civic community public catholic separate school schools collegiate secondary high elementary primary junior senior middle academy academies college colleges university universities institute campus ci ss hs library church mosque temple synagogue
street st road rd avenue ave lane ln drive boulevard blvd crescent cres court ct terrace place pl way close grove row square sq parkway pkwy highway hwy trail circle mews quay wharf bridge station mall plaza market village heights valley bay lake river falls hill hills creek springs beach island harbour harbor point ridge woods forest glen meadows mountain mount mt fort ft port saint ste sainte new old upper lower north south east west northern southern eastern western central great little royal county township borough parish region regional municipality city town
world team squad elite rep select selects prep varsity jv jr sr women men womens mens girls boys ladies reserves ii iii aaa aa a b
sport sports hockey ringette soccer football rugby netball basketball volleyball baseball softball cricket lacrosse tennis badminton squash golf curling skating figure speed gymnastics swimming swim diving rowing boat canoe kayak paddling cycling triathlon running track athletics wrestling boxing judo karate taekwondo fencing archery skiing ski snowboard climbing equestrian dance ballet cheer esports
mental performance psychology psychological sport health positive clinical counselling counseling therapy therapies therapist psychotherapy cognitive behavioural behavioral behaviour behavior dialectical acceptance commitment motivational interviewing mindfulness mindful based stress reduction compassion focused solution narrative emotion emotional rational emotive exposure response prevention first aid skills training consultant consultants consulting certified registered chartered practitioner practitioners psychologist psychologists counsellor counsellors counselor social worker workers coaching coach coaches education educational development long term athlete life theory model models hypothesis principle principles law effect scale inventory questionnaire test framework approach method technique cycle curve window triangle wheel pyramid hierarchy stages needs strengths mindset growth fixed flow zone zones optimal functioning inverted u self determination achievement goal goals control attentional processing efficiency conscious reinvestment catastrophe reversal multidimensional leadership relationship wellbeing well-being resilience grit perma big five four three cs planned cognitive social evaluation basic organismic integration character signature best possible
care professions profession community practice communities cop code conduct ethics ethical standards policy policies guidelines guideline standard professional professionals continuing review committee annual general meeting conference symposium summit webinar workshop series session sessions module modules part section chapter appendix
year grade level phase step stage round week day session module term semester quarter period game match heat set option plan version
`

/** A plural after "the" names a team ("the Leafs", "the Kestrels") unless it is one of these. */
export const PLURAL_NOT_TEAMS = `
olympics paralympics games nationals provincials regionals worlds states sectionals trials championships finals playoffs maritimes prairies rockies midlands highlands lowlands philippines netherlands bahamas americas emirates commonwealth notes minutes steps actions items updates themes questions reflections cs
`

/** Words that may start a place or team name at the start of a sentence ("North Bay", "St. Mary's"). */
export const PLACE_PREFIXES = `
north south east west upper lower new old port fort ft mount mt lake grand saint st ste sainte royal central little great big red green blue black white glen point cape bay la le los las san santa el
`

/** Last words that make a name a team, club, company or board (ORGANIZATION). */
export const ORG_SUFFIXES = `
club fc cf afc sc united athletic athletics rovers wanderers rangers association league society federation union inc ltd llc corp corporation company co foundation board trust council world team squad elite rep select selects prep varsity jv jr sr women men womens mens girls boys ladies reserves aaa aa a b ii iii
hockey ringette soccer football rugby netball basketball volleyball baseball softball cricket lacrosse tennis badminton squash golf curling skating gymnastics swimming swim diving rowing canoe kayak cycling triathlon running track wrestling boxing judo karate taekwondo fencing archery skiing snowboard climbing equestrian dance cheer aquatics
`

/** Last words that make a name a place: venues, hospitals, clinics, schools, streets (LOCATION). */
export const PLACE_SUFFIXES = `
arena arenas centre center sportsplex complex rink rinks gardens stadium field fields park pool pools gym gymnasium dome pavilion hall hospital clinic health healthcare infirmary general memorial school collegiate secondary high elementary primary academy college university institute campus ci ss hs library church mosque temple synagogue counselling counseling physio physiotherapy wellness regional
street st road rd avenue ave lane ln drive boulevard blvd crescent cres court ct terrace place pl way close grove row square sq parkway pkwy highway hwy trail circle mews quay wharf bridge station mall plaza market village heights valley bay lake river falls hill hills creek springs beach island harbour harbor point ridge woods forest glen meadows mountain county township borough parish
`

/** Lower-case words that end a school, venue or club name typed in lower case ("glenview collegiate"). */
export const LOWER_CASE_SUFFIXES = `
collegiate secondary academy arena sportsplex rink hospital clinic centre center college university school stadium club fc afc united rangers state complex pavilion fieldhouse dome pool board baths gym
`
