-- Built-in reference data: the Regierungsbezirke and Kreise of Hessen as of 2026, so that the portal can offer
-- Kreis filters before any gazetteer is imported. Keys and names are public administrative facts.
-- Hanau left the Main-Kinzig-Kreis and became a kreisfreie Stadt (key 06415) on 2026-01-01.

INSERT INTO regions_regierungsbezirk (bezirk_key, name) VALUES
    ('064', 'Darmstadt'),
    ('065', 'Gießen'),
    ('066', 'Kassel');

INSERT INTO regions_kreis (kreis_key, name, kind, regierungsbezirk_key, valid_from, valid_to) VALUES
    ('06411', 'Darmstadt',                     'KREISFREIE_STADT', '064', NULL, NULL),
    ('06412', 'Frankfurt am Main',             'KREISFREIE_STADT', '064', NULL, NULL),
    ('06413', 'Offenbach am Main',             'KREISFREIE_STADT', '064', NULL, NULL),
    ('06414', 'Wiesbaden',                     'KREISFREIE_STADT', '064', NULL, NULL),
    ('06415', 'Hanau',                         'KREISFREIE_STADT', '064', DATE '2026-01-01', NULL),
    ('06431', 'Kreis Bergstraße',              'LANDKREIS',        '064', NULL, NULL),
    ('06432', 'Landkreis Darmstadt-Dieburg',   'LANDKREIS',        '064', NULL, NULL),
    ('06433', 'Kreis Groß-Gerau',              'LANDKREIS',        '064', NULL, NULL),
    ('06434', 'Hochtaunuskreis',               'LANDKREIS',        '064', NULL, NULL),
    ('06435', 'Main-Kinzig-Kreis',             'LANDKREIS',        '064', NULL, NULL),
    ('06436', 'Main-Taunus-Kreis',             'LANDKREIS',        '064', NULL, NULL),
    ('06437', 'Odenwaldkreis',                 'LANDKREIS',        '064', NULL, NULL),
    ('06438', 'Landkreis Offenbach',           'LANDKREIS',        '064', NULL, NULL),
    ('06439', 'Rheingau-Taunus-Kreis',         'LANDKREIS',        '064', NULL, NULL),
    ('06440', 'Wetteraukreis',                 'LANDKREIS',        '064', NULL, NULL),
    ('06531', 'Landkreis Gießen',              'LANDKREIS',        '065', NULL, NULL),
    ('06532', 'Lahn-Dill-Kreis',               'LANDKREIS',        '065', NULL, NULL),
    ('06533', 'Landkreis Limburg-Weilburg',    'LANDKREIS',        '065', NULL, NULL),
    ('06534', 'Landkreis Marburg-Biedenkopf',  'LANDKREIS',        '065', NULL, NULL),
    ('06535', 'Vogelsbergkreis',               'LANDKREIS',        '065', NULL, NULL),
    ('06611', 'Kassel',                        'KREISFREIE_STADT', '066', NULL, NULL),
    ('06631', 'Landkreis Fulda',               'LANDKREIS',        '066', NULL, NULL),
    ('06632', 'Landkreis Hersfeld-Rotenburg',  'LANDKREIS',        '066', NULL, NULL),
    ('06633', 'Landkreis Kassel',              'LANDKREIS',        '066', NULL, NULL),
    ('06634', 'Schwalm-Eder-Kreis',            'LANDKREIS',        '066', NULL, NULL),
    ('06635', 'Landkreis Waldeck-Frankenberg', 'LANDKREIS',        '066', NULL, NULL),
    ('06636', 'Werra-Meißner-Kreis',           'LANDKREIS',        '066', NULL, NULL);
