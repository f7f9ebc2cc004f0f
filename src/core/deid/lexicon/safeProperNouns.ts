// Capitalised words that are not identifiers under the labelling rules: provinces, states and
// countries (and larger regions), nationalities, languages and faiths, holidays, months and days,
// and the apps and big public events notes mention in passing. Names that are also countries or
// states (Jordan, Georgia, Chad, India, Virginia…) are left out on purpose: as people they matter more.
export const REGIONS = `
ontario quebec québec alberta manitoba saskatchewan nunavut yukon newfoundland labrador nova_scotia new_brunswick prince_edward_island pei british_columbia northwest_territories
canada usa america united_states united_kingdom uk britain great_britain england scotland wales northern_ireland ireland eire
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont washington west_virginia wisconsin wyoming
mexico brazil argentina chile peru colombia venezuela cuba jamaica haiti trinidad barbados bahamas france germany spain portugal italy greece netherlands holland belgium switzerland austria sweden norway denmark finland iceland poland ukraine russia romania hungary czechia slovakia serbia croatia bosnia bulgaria turkey cyprus malta estonia latvia lithuania belarus moldova albania slovenia luxembourg
china japan korea taiwan vietnam thailand cambodia laos malaysia singapore indonesia philippines australia new_zealand aotearoa fiji samoa tonga pakistan bangladesh afghanistan iran iraq syria lebanon egypt libya tunisia algeria morocco sudan ethiopia eritrea somalia kenya uganda tanzania rwanda burundi congo nigeria ghana senegal mali cameroon zimbabwe zambia botswana namibia south_africa mozambique angola saudi_arabia qatar kuwait oman yemen emirates uae sri_lanka nepal bhutan mongolia kazakhstan uzbekistan armenia azerbaijan
europe asia africa oceania antarctica caribbean scandinavia balkans middle_east
maritimes prairies atlantic_canada western_canada eastern_canada northern_canada central_canada the_north midwest new_england pacific_northwest deep_south east_coast west_coast great_lakes midlands east_midlands west_midlands home_counties north_west north_east south_west south_east yorkshire_and_the_humber highlands lowlands
`

export const NATIONALITIES = `
canadian canadians american americans british brit brits english scottish scots welsh irish northern_irish french german spanish portuguese italian greek dutch belgian swiss austrian swedish norwegian danish finnish icelandic polish ukrainian russian romanian hungarian czech slovak serbian croatian bosnian bulgarian turkish maltese estonian latvian lithuanian albanian
mexican brazilian argentinian argentine chilean peruvian colombian venezuelan cuban jamaican haitian trinidadian barbadian caribbean latin latino latina latinx hispanic
chinese japanese korean taiwanese vietnamese thai filipino filipina malaysian singaporean indonesian australian kiwi fijian samoan tongan pakistani bangladeshi afghan iranian persian iraqi syrian lebanese egyptian moroccan algerian tunisian sudanese ethiopian eritrean somali kenyan ugandan tanzanian rwandan congolese nigerian ghanaian senegalese cameroonian zimbabwean south_african saudi emirati indian sri_lankan nepali tamil punjabi sikh gujarati bengali hindi urdu arabic hebrew farsi mandarin cantonese tagalog swahili yoruba igbo amharic
european asian african arab middle_eastern nordic anglo francophone francophones anglophone anglophones allophone quebecois québécois acadian franco-ontarian ontarian albertan manitoban british_columbian maritimer newfoundlander texan californian
gaelic celtic deaf hard_of_hearing two-spirit queer indigenous aboriginal first_nations metis métis inuit inuk cree ojibwe ojibway anishinaabe mohawk haudenosaunee mi'kmaq dene blackfoot maori māori hawaiian pacific_islander black white
christian christians catholic protestant anglican orthodox muslim muslims islamic jewish jew hindu buddhist sikh atheist
christmas easter thanksgiving ramadan eid diwali hanukkah passover lent advent halloween canada_day victoria_day boxing_day new_year remembrance_day labour_day labor_day memorial_day family_day march_break half_term reading_week spring_break pride black_history_month
`

export const MONTHS_AND_DAYS = `
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`

/** Apps, services and national bodies mentioned as things, not as anyone's employer or team. */
export const PLATFORMS_AND_EVENTS = `
zoom teams microsoft google gmail outlook whatsapp signal telegram messenger facebook instagram insta tiktok snapchat snap twitter youtube linkedin reddit discord slack strava garmin whoop fitbit apple iphone android ipad headspace calm netflix spotify onedrive dropbox powerpoint excel notion canva kahoot mentimeter padlet jamboard miro teamsnap spond hudl
olympics olympic olympian olympians paralympics paralympic paralympian paralympians parapan pan_am commonwealth canada_games world_championships world_cup stanley_cup super_bowl grey_cup memorial_cup world_series champions_league premier_league
nhs nhs_england medicare medicaid
`
