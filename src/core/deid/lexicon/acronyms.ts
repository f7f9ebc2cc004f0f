// Upper-case abbreviations. Most are therapies, credentials, professional bodies, national
// governing bodies, leagues or clinical terms: safe. A short list names a particular university,
// hospital or school: those are LOCATION under the labelling rules.
export const SAFE_ACRONYMS = `
act cbt dbt rebt mbsr mbct mct emdr cft eft sfbt mi pst pmr hrv rpe bfr gad mdd ocd ptsd adhd add asd odd bpd bed red-s reds ed eds ld lds iq eq tbi acl mcl pcl ucl afib
cmpc cmpa cspa aasp bps hcpc bacp babcp ukcp bases basrat issp fepsac apa cpa opa crpo ccpa casw nasw aca nbcc ncc lpc lcsw lmft mft rp rsw rmft rn md gp np ot pt ma msc phd psyd bsc ba mba ceu ceus cpd
coc cpc usopc cces wada ukad cac nccp csep acsm nsca csi csio otp ccmpa smpa cmha cmhc camhs iapt nice gmc nmc cqc ofsted dbs crb eap ei wsib osha gdpr phipa pipeda hipaa ferpa fippa ipc ico opc aoda
nhl nhla ahl echl ohl whl qmjhl chl cjhl ccmhl ojhl bchl ajhl nba wnba nfl cfl mlb mls nwsl epl efl spl wsl wpl nrl afl nll ncaa naia njcaa usports oua rseq canadawest ccaa ofsaa fsaa aau ihsa cif ussf usa fifa uefa iihf fis fina isu itf ioc ipc fiba fivb world_rugby rfu wru sru irfu fa sfa fai gaa bucs ecb icc ukathletics
us usa uk gb eu un who cdc phac ons nz uae ussr
on qc bc ab mb sk ns nb pe pei nl yt nt nu al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc
abc dmsp ai ar vr app apps pdf doc docx ppt faq faqs fyi asap eta tba tbd tbc rsvp diy ok dm dms pm am est pst cst mst gmt bst edt pdt utc ig fb yt sms url wifi gps id ids iq pb pbs pr dnf dns dq dsq mvp ot so sog ppg gaa sv ko tko mma bmx xc tt hiit vo2 vo2max ftp rm 1rm amrap emom wod ecg mri ct bmi bp hr
sin ssn ohip ramq phn nino mrn dob nhi msp nhs nso nsos pso psos mso pga lpga atp wta nascar ufc wwe espn bbc cbc tsn sky
q qa aka eg ie vs nb ps re cc bcc cop cops sme smes ceo cfo hr it pe aaa aa jv u sp mp sq scq poms csai csai-2 tops omsat pmi ssi sas spss ccq ttq aceq ipaq gad-7 phq-9 phq k10 dass dass-21 who-5 atsq cbas sdt tpb ttm lttm agt izof cam tmt mtq mtq48 pfa mhfa asist safetalk sssp rtp rts rtl ltad dmsc cs4l pplt perma grow smart woop pettlep scorm
`

/** Abbreviations that point at one institution (a named university, hospital or school) or one city region (GTA, NCR). */
export const INSTITUTION_ACRONYMS = `
ubc sfu uvic unbc uofa ucalgary uleth usask uregina umanitoba uwinnipeg uoft utm utsc uottawa uofo carleton wlu uwo ucl lse kcl qmul ucla usc byu lsu unc unlv uconn umass nyu mit cuny suny smu tcu uvm uqam udem ulaval usherbrooke uqo uqtr etsu
camh cheo toh smh sickkids gosh ucsf ucsd ghc kgh nygh rvh mgh jgh chum chu chus
gta ncr hrm nyc lml gva
`
