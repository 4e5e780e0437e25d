/**
 * Common first names in Dutch municipalities, by the pronoun colleagues use for them: "waar zit zij
 * nog meer?" after an answer that named Esther (AB) and Marco (substitute) is about Esther. A name
 * not listed fits either pronoun, so it is never ruled out.
 */
const FEMALE = `
aaltje adrie agnes aicha aisha alexandra alice alida amber amira anita anja anke anna anne anneke annelies
annemarie annemiek annet annette anouk astrid aukje barbara bea bianca birgit brenda bregje carla carin
caroline carolien cathelijne charlotte chantal christa christel cindy claudia corine corrie dana daniëlle
daniela debora diana dieuwke dina dineke doris dorien eline elisabeth elise ellen els elske emma erica esra
esther eva evelien fatima fatma femke fenna fleur floor francien froukje gea gerda gerdien gonnie greetje
hanna hannah hanneke hatice hennie henny hester hilde hiltje ilse ina ineke inge ingrid iris irma jacqueline
janna jannie janneke jantine jasmijn jeanette jennifer jessica jet jolanda jolien joke josé josephine
judith julia juliette karin karlijn katja kim kirsten klaartje kristel laura leonie lia lieke lies liesbeth
lieve linda lisa lisanne loes lotte lucia maaike madelon manon margriet maria marian marianne marieke
marielle mariëlle marij marijke marina marion marit marja marjan marjolein marleen marloes marrit martha
martine maud meike melanie merel mieke miranda mirjam monique myrthe nadia nancy natasha nathalie nicole
nienke nina noor nora nynke petra pien priscilla rachel renate ria rianne rita rosa roos rosalie sabine
samira sandra sanne sara sarah saskia selma sevda silvia simone sofie sophie stephanie susan suzanne sylvia
tamara tanja tessa thea tineke tjitske trijntje trudy ursula valerie vera wendy wilma yara yvette yvonne
zeynep zoë
ayse jorien meryem naima priya rika sietske wietske yasmin yasmina ymke baukje geertje hinke jitske sytske ytsje grietje antje aafke akke attie berber doutzen gerbrich hiske janke jeltje lysbeth minke rixt sjoukje wypkje aleid annika britt demi ilona isabel jolanthe kiki lana lianne mandy nadine noortje roosmarijn wendela mariska elly truus lenie
`;
const MALE = `
aart abdel adam adrianus ahmed albert alexander ali anton arend arie arjan arnold arjen auke bart bas ben
bernard bert bob bouke bram brian casper cees chris christiaan coen cor daan dave david dennis dick diederik
dirk douwe eddy edwin egbert emile erik ernst evert floris frank frans frits gerard gerben gerrit gert
gert-jan gijs guus hamza hans harm harold hein hendrik hendrik-jan henk henri herman hidde hugo ibrahim
jaap jacob jan jan-willem jasper jelle jelmer jeroen jesse job joep johan johannes jonas joost joris
jos jurgen karel karim kees khalid klaas koen kevin lars lei lennart leo lucas luuk maarten marcel marco
marinus mark martijn martin mathijs matthijs maurice max mehmet menno michel michiel mohamed mustafa niels
nick nico olaf omar otto paul peter pieter pim raymond reinier remco rené rick rik rinse rob robert roel
roelof ronald rudi rutger ruud sander sebastiaan sietse simon sinan sjoerd stefan stijn sven teun theo
thijs thomas tiemen tim tjeerd tom ton twan vincent walter wessel wiebe willem wim wouter youssef yusuf
bauke dirk-jan erwin geert henk-jan hylke jorrit lammert patrick piet pieter-jan rachid reinder ricardo ruben yasin sybren jouke tjerk wietse hessel jitse lolke meindert oebele popke sjors tjalling eelco freek gijsbert harmen jeen klaas-jan marten reitse rienk sipke sytze tsjalle wybren anne-jan bjorn derk dion ivo jarno joachim koos lambert niek okke pepijn quinten rens sietze thierry tijmen wiebren
`;

const female = new Set(FEMALE.split(/\s+/).filter(Boolean));
const male = new Set(MALE.split(/\s+/).filter(Boolean));

/** "f", "m", or undefined when the first name is not a common one (it may then be either). */
export function genderOfFirstName(fullName: string): 'f' | 'm' | undefined {
  const first = fullName.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (female.has(first)) return 'f';
  if (male.has(first)) return 'm';
  return undefined;
}
