-- Initial fields of action: the seven working groups of the state's integration conference. Staff can rename,
-- reorder, add and deactivate them in the back office; slugs stay stable because search URLs carry them.
INSERT INTO offers_topic (slug, name, position) VALUES
 ('sprache-bildung', '{"de":"Sprache und Bildung","ar":"اللغة والتعليم","en":"Language and education"}', 1),
 ('arbeit', '{"de":"Wirtschaft und Arbeitsmarkt","ar":"الاقتصاد وسوق العمل","en":"Economy and labour market"}', 2),
 ('gesundheit-familie', '{"de":"Gesundheit, Pflege, Familie und Gleichberechtigung","ar":"الصحة والرعاية والأسرة والمساواة","en":"Health, care, family and equality"}', 3),
 ('teilhabe', '{"de":"Gesellschaftliche und politische Teilhabe, Sport, Wohnen und Freizeit","ar":"المشاركة المجتمعية والسياسية والرياضة والسكن والترفيه","en":"Social and political participation, sport, housing and leisure"}', 4),
 ('religion-kultur-medien', '{"de":"Religion, Kultur und Medien","ar":"الدين والثقافة والإعلام","en":"Religion, culture and media"}', 5),
 ('vielfalt-antidiskriminierung', '{"de":"Interkulturelle Öffnung, Vielfalt und Antidiskriminierung","ar":"الانفتاح بين الثقافات والتنوع ومكافحة التمييز","en":"Intercultural opening, diversity and anti-discrimination"}', 6),
 ('zuwanderung-flucht', '{"de":"Zuwanderung und Flucht","ar":"الهجرة واللجوء","en":"Immigration and refugees"}', 7);

INSERT INTO offers_target_group (slug, name, position) VALUES
 ('gefluechtete', '{"de":"Geflüchtete","ar":"اللاجئون","en":"Refugees"}', 1),
 ('neu-zugewanderte', '{"de":"Neu Zugewanderte","ar":"القادمون الجدد","en":"Newly arrived people"}', 2),
 ('frauen', '{"de":"Frauen","ar":"النساء","en":"Women"}', 3),
 ('familien-eltern', '{"de":"Familien und Eltern","ar":"العائلات والآباء","en":"Families and parents"}', 4),
 ('kinder', '{"de":"Kinder","ar":"الأطفال","en":"Children"}', 5),
 ('jugendliche', '{"de":"Jugendliche und junge Erwachsene","ar":"الشباب واليافعون","en":"Young people"}', 6),
 ('seniorinnen', '{"de":"Seniorinnen und Senioren","ar":"كبار السن","en":"Older people"}', 7),
 ('arbeitsuchende', '{"de":"Arbeit- und Ausbildungsuchende","ar":"الباحثون عن عمل أو تدريب مهني","en":"People looking for work or training"}', 8),
 ('ehrenamtliche', '{"de":"Ehrenamtliche und Lots*innen","ar":"المتطوعون والمرشدون","en":"Volunteers and integration guides"}', 9),
 ('migrantenorganisationen', '{"de":"Migrantenorganisationen","ar":"منظمات المهاجرين","en":"Migrant organisations"}', 10),
 ('fachkraefte', '{"de":"Fachkräfte und Beratende","ar":"المختصون والمستشارون","en":"Professionals and counsellors"}', 11),
 ('kommunen', '{"de":"Kommunen und Verwaltung","ar":"البلديات والإدارة","en":"Municipalities and administration"}', 12);
