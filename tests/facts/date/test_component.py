"""Date detection through the real pipeline: what is found, its span and its TIMEX3 value."""

from __future__ import annotations

import pytest


def _dates(extractor, text, reference_date=None):
    records = extractor.extract(text, article_id="t", reference_date=reference_date)
    assert records[0].type == "article"
    out = []
    for r in records[1:]:
        if r.type == "date":
            assert text[r.start : r.end] == r.text
            assert r.source.startswith("rule:date/")
            out.append((r.text, r.value, r.value_end, r.mod, r.relative))
    return out


# fmt: off
# issue 12: sentences (reference 2013-02-12, a Tuesday) -> (span, value, value_end, mod, relative)
ISSUE12 = [
    # a present tense says neither way: the nearer occurrence (July 2013 is closer than July 2012)
    ("Le festival a lieu 13 au 15 juillet à Lyon.", [("13 au 15 juillet", "2013-07-13", "2013-07-15", None, True)]),
    ("Le salon se tiendra 14 - 20 sept. 2014 à Nantes.", [("14 - 20 sept. 2014", "2014-09-14", "2014-09-20", None, False)]),
    ("Les fouilles ont eu lieu juin-août 1992 sur le site.", [("juin-août 1992", "1992-06", "1992-08", None, False)]),
    ("Il a dirigé la société de 2014 à mai 2018.", [("2014 à mai 2018", "2014", "2018-05", None, False)]),
    ("Les inscriptions sont ouvertes du 01/10/2018 au 07/10/2018 en ligne.", [("01/10/2018 au 07/10/2018", "2018-10-01", "2018-10-07", None, False)]),
    ("Les ventes ont doublé entre janvier 2012 et aujourd'hui.", [("janvier 2012 et aujourd'hui", "2012-01", "2013-02-12", None, True)]),
    ("Les chiffres de 03/2015 sont bons.", [("03/2015", "2015-03", None, None, False)]),
    ("Le rapport de 2015-12 est publié.", [("2015-12", "2015-12", None, None, False)]),
    ("La réunion aura lieu le 17/02 à Paris.", [("17/02", "2013-02-17", None, None, True)]),
    ("Le stand a ouvert le 22/04 au public.", [("22/04", "2012-04-22", None, None, True)]),
    ("Le contrat a été signé le 21-04-2016 à Lille.", [("21-04-2016", "2016-04-21", None, None, False)]),
    ("La lettre est datée du 20/02/14 selon nos informations.", [("20/02/14", "2014-02-20", None, None, False)]),
    ("Le document du 15.05.99 a été retrouvé.", [("15.05.99", "1999-05-15", None, None, False)]),
    ("Le fichier porte la date 2015-3-3 dans son nom.", [("2015-3-3", "2015-03-03", None, None, False)]),
    ("Le magasin a ouvert le 5 juil. dans le centre.", [("5 juil.", "2012-07-05", None, None, True)]),
    ("La loi a été votée le 15 fév 2013 au Sénat.", [("15 fév 2013", "2013-02-15", None, None, False)]),
    ("La conférence du 22 avr. a été annulée.", [("22 avr.", "2012-04-22", None, None, True)]),
    ("Le rapport du 30 JAN 2019 est public.", [("30 JAN 2019", "2019-01-30", None, None, False)]),
    ("Il est né le 31 octobre 74.", [("31 octobre 74", "1974-10-31", None, None, False)]),
    ("La société a été créée le 1er avril 78.", [("1er avril 78", "1978-04-01", None, None, False)]),
    ("Le chiffre a progressé au troisième trimestre 2019.", [("troisième trimestre 2019", "2019-Q3", None, None, False)]),
    ("Les ventes ont reculé au T3 2019 en Europe.", [("T3 2019", "2019-Q3", None, None, False)]),
    ("Le résultat a doublé au premier semestre 2020.", [("premier semestre 2020", "2020-H1", None, None, False)]),
    ("Les ventes du S1 2020 sont en hausse.", [("S1 2020", "2020-H1", None, None, False)]),
    ("Les ventes ont reculé le dernier trimestre.", [("dernier trimestre", "2012-Q4", None, None, True)]),
    ("La ville a beaucoup changé au XXe siècle.", [("XXe siècle", "19XX", None, None, False)]),
    ("Le château a été construit au XVe siècle.", [("XVe siècle", "14XX", None, None, False)]),
    ("Le mouvement est né dans les années soixante-dix.", [("années soixante-dix", "197X", None, None, False)]),
    ("Le magasin a ouvert pour Noël 2018.", [("Noël 2018", "2018-12-25", None, None, False)]),
    ("La boutique a fermé à Pâques pour travaux.", [("Pâques", "2012-04-08", None, None, True)]),
    ("Le musée a rouvert à la Toussaint.", [("Toussaint", "2012-11-01", None, None, True)]),
    ("Le défilé a eu lieu le 14 juillet sur les Champs.", [("14 juillet", "2012-07-14", None, None, True)]),
    ("Le maire a présenté ses vœux pour le nouvel an.", [("nouvel an", "2013-01-01", None, None, True)]),
    ("Le chantier a démarré l'été 2018.", [("été 2018", "2018-SU", None, None, False)]),
    ("Le groupe a été fondé au printemps de 1978.", [("printemps de 1978", "1978-SP", None, None, False)]),
    ("Le salon se déroule la semaine du 6 octobre 2014.", [("semaine du 6 octobre 2014", "2014-W41", None, None, False)]),
    ("Le site a ouvert la première semaine de 2015.", [("première semaine de 2015", "2015-W01", None, None, False)]),
    ("Aujourd'hui, la société a annoncé une levée de fonds.", [("Aujourd'hui", "2013-02-12", None, None, True)]),
    ("La société annonce aujourd'hui une levée de fonds.", [("aujourd'hui", "2013-02-12", None, None, True)]),
    ("Hier, le maire a inauguré la médiathèque.", [("Hier", "2013-02-11", None, None, True)]),
    ("Demain, la ville lancera son application.", [("Demain", "2013-02-13", None, None, True)]),
    ("La réunion de mercredi 13 a été reportée.", [("mercredi 13", "2013-02-13", None, None, True)]),
    ("Le ministre a annoncé lundi la fin du dispositif.", [("lundi", "2013-02-11", None, None, True)]),
    ("Le ministre viendra lundi 18 février à Lyon.", [("lundi 18 février", "2013-02-18", None, None, True)]),
    ("La ville devrait boucler le projet d'ici l'été.", [("été", "2013-SU", None, None, True)]),
    ("Le prix sera doublé d'ici 2023.", [("2023", "2023", None, None, False)]),
    ("Le prochain rendez-vous est prévu le 14 avril à Lyon.", [("14 avril", "2013-04-14", None, None, True)]),
]
ISSUE12_NOT_DATES = [
    "Aujourd'hui, nous avons acquis la certitude que le projet avance.",
    "Le point date 2018-06 figure en tête de page.",
    "Aujourd'hui, la filière compte 200 entreprises.",
    "Cette association loi 1901 a tenu sa réunion.",
    "Les réunions ont lieu chaque année à Lyon.",
    "Il a travaillé pendant trois ans à Lyon.",
    "La séance commence à 14 h 30.",
    "La version 10.12.01 corrige le bug.",
    "Il habite dans le 93 depuis peu.",
    "L'équipe a gagné 12/10 contre Lyon.",
    "Le service est disponible 24/7 pour les clients.",
    "Noël Martin a présenté son projet.",
    "Elle a 23 ans et dirige la société.",
]


@pytest.mark.parametrize("text,expected", ISSUE12, ids=[t[:40] for t, _ in ISSUE12])
def test_issue12_dates(extractor, text, expected):
    assert _dates(extractor, text, reference_date="2013-02-12") == expected


@pytest.mark.parametrize("text", ISSUE12_NOT_DATES, ids=[t[:40] for t in ISSUE12_NOT_DATES])
def test_issue12_not_dates(extractor, text):
    assert _dates(extractor, text, reference_date="2013-02-12") == []


FOUND = [
    # sentence, [(span text, value, value_end, mod, relative)] without a reference date
    ("Fondée en 2008 par trois entrepreneurs, l'association grandit.", [("2008", "2008", None, None, False)]),
    ("Elle lancera officiellement celle-ci à la mi-octobre avec ses partenaires.", [("mi-octobre", "XXXX-10", None, "MID", False)]),
    ("Le 28 février à Gennevilliers, le ministre présentait sa feuille de route.", [("28 février", "XXXX-02-28", None, None, False)]),
    ("Le projet doit voir le jour avant la fin de l’année 2013.", [("fin de l’année 2013", "2013", None, "END", False)]),
    ("La Caisse doit rendre sa copie en juin.", [("juin", "XXXX-06", None, None, False)]),
    ("En novembre dernier, la ville organisait son premier salon.", [("novembre dernier", None, None, None, True)]),
    ("La région a surfé sur la vague dès les années 1990.", [("années 1990", "199X", None, None, False)]),
    ("Le plan mis en œuvre dès les années 2000 a permis d'avancer.", [("années 2000", "200X", None, None, False)]),
    ("Il lance en 1997, à l'âge de 23 ans, un site de jeux.", [("1997", "1997", None, None, False)]),
    ("La feuille de route 2015-2017 définit plusieurs axes.", [("2015-2017", "2015", "2017", None, False)]),
    ("Sur la première tranche (2013-2017) le débit sera garanti.", [("2013-2017", "2013", "2017", None, False)]),
    ("Le club a bouclé la saison 2011-12 avec un excédent.", [("2011-12", "2011", "2012", None, False)]),
    ("Les ventes de l'exercice 2019-20 ont doublé.", [("2019-20", "2019", "2020", None, False)]),
    ("La référence 2018-42 du catalogue est épuisée.", []),
    ("Il fut président de la région de 2006 à 2015.", [("2006 à 2015", "2006", "2015", None, False)]),
    ("Les crédits seront versés entre 2014 et 2020.", [("2014 et 2020", "2014", "2020", None, False)]),
    ("Le salon se tiendra du 12 au 14 octobre 2018 à Nantes.", [("12 au 14 octobre 2018", "2018-10-12", "2018-10-14", None, False)]),
    ("L'appel à projets lancé en février 2013 a réussi.", [("février 2013", "2013-02", None, None, False)]),
    ("La révolution numérique devrait permettre d’ici 3 ans la création d'emplois.", [("d’ici 3 ans", None, None, None, True)]),
    ("Le label se met en place depuis novembre 2014.", [("novembre 2014", "2014-11", None, None, False)]),
    ("Il y a deux semaines, des entreprises étaient au salon.", [("Il y a deux semaines", None, None, None, True)]),
    ("Le pilotage a été confié en février dernier à une association créée en 2003.", [("février dernier", None, None, None, True), ("2003", "2003", None, None, False)]),
    ("Pour 2016, un chèque attend la signature.", [("2016", "2016", None, None, False)]),
    ("Pour les autres sites, il faudra plutôt attendre 2017.", [("2017", "2017", None, None, False)]),
    ("Tout avance pour une livraison printemps 2017", [("printemps 2017", "2017-SP", None, None, False)]),
    ("La CCI a ouvert son centre à l'automne 2016.", [("automne 2016", "2016-FA", None, None, False)]),
    ("Nous espérons faire dix fois plus d'ici 2025 !", [("2025", "2025", None, None, False)]),
    ("Le schéma décline la feuille de route à horizon 2030.", [("2030", "2030", None, None, False)]),
    ("Le lancement est prévu le 3 mars 2016 à Lyon.", [("3 mars 2016", "2016-03-03", None, None, False)]),
    ("Elle a été créée le 1er janvier 2015.", [("1er janvier 2015", "2015-01-01", None, None, False)]),
    ("La réunion a eu lieu lundi 12 octobre 2015 à Paris.", [("lundi 12 octobre 2015", "2015-10-12", None, None, False)]),
    ("Le dossier a été déposé le 03/03/2016 en préfecture.", [("03/03/2016", "2016-03-03", None, None, False)]),
    ("Les travaux reprendront début 2018.", [("début 2018", "2018", None, "START", False)]),
    ("Le chantier a commencé au début de l'année 2018.", [("début de l'année 2018", "2018", None, "START", False)]),
    ("L'entreprise sera rentable fin 2015.", [("fin 2015", "2015", None, "END", False)]),
    ("La croissance reviendra mi-2020.", [("mi-2020", "2020", None, "MID", False)]),
    ("Le site a été créé vers 2010 par deux amis.", [("vers 2010", "2010", None, "APPROX", False)]),
    ("Il est né aux alentours de 2010 à Lyon.", [("aux alentours de 2010", "2010", None, "APPROX", False)]),
    ("La bulle a éclaté à la fin des années 1990.", [("fin des années 1990", "199X", None, "END", False)]),
    ("Le chiffre d'affaires a doublé au premier trimestre 2015.", [("premier trimestre 2015", "2015-Q1", None, None, False)]),
    ("L'an dernier, la société a levé des fonds.", [("L'an dernier", None, None, None, True)]),
    ("La start-up a annoncé hier une levée de fonds.", [("hier", None, None, None, True)]),
    ("Le ministre a annoncé aujourd'hui un nouveau plan.", [("aujourd'hui", None, None, None, True)]),
    ("Le ministre a annoncé lundi un nouveau plan.", [("lundi", None, None, None, True)]),
    ("Il est aujourd'hui 3 mars 2016 et la vente ouvre.", [("aujourd'hui 3 mars 2016", "2016-03-03", None, None, False)]),
    ("Lundi, le ministre a présenté son plan.", [("Lundi", None, None, None, True)]),
    ("L’une des mesures avait été présentée 4 mois plus tôt par la ministre.", [("4 mois plus tôt", None, None, None, True)]),
    ("Maskott, fondée il y a dix ans au Puy-en-Velay, recrute.", [("il y a dix ans", None, None, None, True)]),
    ("Le contrat apporte un débit minimum à tous d'ici à 2017.", [("2017", "2017", None, None, False)]),
]

RESOLVED = [
    # sentence, [(span text, value, value_end, mod, relative)] with reference date 2015-06-01
    ("En novembre dernier, la ville organisait son premier salon.", [("novembre dernier", "2014-11", None, None, True)]),
    ("Le 28 février à Gennevilliers, le ministre présentait sa feuille de route.", [("28 février", "2015-02-28", None, None, True)]),
    ("Elle lancera officiellement celle-ci à la mi-octobre.", [("mi-octobre", "2015-10", None, "MID", True)]),
    ("Il y a deux semaines, des entreprises étaient au salon.", [("Il y a deux semaines", "2015-W21", None, None, True)]),
    ("La révolution numérique devrait permettre d’ici 3 ans la création d'emplois.", [("d’ici 3 ans", "2018", None, None, True)]),
    ("L'an dernier, la société a levé des fonds.", [("L'an dernier", "2014", None, None, True)]),
    ("L'entreprise a doublé ses ventes cette année.", [("cette année", "2015", None, None, True)]),
    ("Elle compte recruter l'an prochain.", [("l'an prochain", "2016", None, None, True)]),
    ("La société a été rachetée il y a trois ans.", [("il y a trois ans", "2012", None, None, True)]),
    ("Le label a été obtenu le mois dernier.", [("le mois dernier", "2015-05", None, None, True)]),
    ("Le campus ouvrira cet été.", [("cet été", "2015-SU", None, None, True)]),
    ("La start-up a annoncé hier une levée de fonds.", [("hier", "2015-05-31", None, None, True)]),
    ("Le ministre a annoncé aujourd'hui lundi un nouveau plan.", [("aujourd'hui lundi", "2015-06-01", None, None, True)]),
    ("L’une des mesures avait été présentée 4 mois plus tôt par la ministre.", [("4 mois plus tôt", "2015-02", None, None, True)]),
    ("Fondée en 2008 par trois entrepreneurs, l'association grandit.", [("2008", "2008", None, None, False)]),
]

# issue 23: news dates against the publication date (2015-06-01, a Monday); the tense chooses the year
ISSUE23 = [
    ("Le salon se tiendra le 1er mars à Nantes.",                 [("1er mars", "2016-03-01", None, None, True)]),
    ("Le salon s'est tenu le 1er mars à Nantes.",                 [("1er mars", "2015-03-01", None, None, True)]),
    ("Le forum aura lieu le 3 juillet à Brest.",                  [("3 juillet", "2015-07-03", None, None, True)]),
    ("La conférence a eu lieu le 3 juillet à Brest.",             [("3 juillet", "2014-07-03", None, None, True)]),
    ("Le salon se tient le 3 juillet à Lyon.",                    [("3 juillet", "2015-07-03", None, None, True)]),
    ("Le prochain atelier est prévu le 20 mai.",                  [("20 mai", "2016-05-20", None, None, True)]),
    ("Les rencontres se tiendront les 17 et 18 octobre 2024 à Lyon.", [("17 et 18 octobre 2024", "2024-10-17", "2024-10-18", None, False)]),
    ("Le festival se déroulera du samedi 13 au dimanche 14 juin.", [("samedi 13 au dimanche 14 juin", "2015-06-13", "2015-06-14", None, True)]),
    ("Le marché ouvrira 13-15 juin sur le port.",                 [("13-15 juin", "2015-06-13", "2015-06-15", None, True)]),
    ("La réunion est prévue le 2.",                               [("le 2", "2015-06-02", None, None, True)]),
    ("La commission s'est réunie le 28.",                         [("le 28", "2015-05-28", None, None, True)]),
    ("Le vote aura lieu le 17/6 au conseil.",                     [("17/6", "2015-06-17", None, None, True)]),
    ("Il viendra mardi de la semaine prochaine.",                 [("mardi de la semaine prochaine", "2015-06-09", None, None, True)]),
    ("On se revoit lundi en huit pour signer.",                   [("lundi en huit", "2015-06-08", None, None, True)]),
    ("Le festival a lieu du deux au cinq juillet 2016.",          [("deux au cinq juillet 2016", "2016-07-02", "2016-07-05", None, False)]),
    ("La consultation était ouverte du 11 au 22.",                [("11 au 22", "2015-05-11", "2015-05-22", None, True)]),
    ("Les ateliers se tiendront entre le 8 et le douze.",         [("8 et le douze", "2015-06-08", "2015-06-12", None, True)]),
    ("Réunion du bureau : 17/06, salle B.",                       [("17/06", "2015-06-17", None, None, True)]),
    ("Acte signé le 20 02 2014 devant notaire.",                  [("20 02 2014", "2014-02-20", None, None, False)]),
    ("Les syndicats défileront pour la fête du travail.",          [("fête du travail", "2016-05-01", None, None, True)]),
    ("Grand concert : fête du travail, place Royale.",            [("fête du travail", "2015-05-01", None, None, True)]),
    ("Les travaux reprendront la seconde quinzaine de juillet.",  [("seconde quinzaine de juillet", "2015-07-16", "2015-07-31", None, True)]),
    ("Le chantier démarrera la première semaine d'octobre.",      [("première semaine d'octobre", "2015-W41", None, None, True)]),
    ("Les inscriptions ferment le dernier jour de juin 2015.",     [("dernier jour de juin 2015", "2015-06-30", None, None, False)]),
    ("Le club se réunira le premier mardi du mois prochain.",     [("premier mardi du mois prochain", "2015-07-07", None, None, True)]),
]

# anchored dates (issue 23): counted from the nearest earlier date of the article, else from the
# reference date (2015-06-01, a Monday); without a reference date they keep value null
ANCHORED = [
    ("Le salon a ouvert le 3 mars 2015. Le lendemain, la salle était pleine.", [("3 mars 2015", "2015-03-03", None, None, False), ("Le lendemain", "2015-03-04", None, None, True)]),
    ("Le maire a été élu le 12 mai et a démissionné deux jours plus tard.", [("12 mai", "2015-05-12", None, None, True), ("deux jours plus tard", "2015-05-14", None, None, True)]),
    ("Le jury a siégé le jeudi 21 mai ; le mardi suivant, il a rendu son avis.", [("jeudi 21 mai", "2015-05-21", None, None, True), ("mardi suivant", "2015-05-26", None, None, True)]),
    ("La coopérative a été créée en mars 2014. Le mois suivant, elle recrutait.", [("mars 2014", "2014-03", None, None, False), ("Le mois suivant", "2014-04", None, None, True)]),
    ("La coopérative a été créée en 2012. L'année d'après, elle recrutait.", [("2012", "2012", None, None, False), ("L'année d'après", "2013", None, None, True)]),
    ("Créée en 2012, elle a déménagé la semaine suivante.", [("2012", "2012", None, None, False), ("la semaine suivante", None, None, None, True)]),
    ("Le directeur l'avait annoncé la veille.", [("la veille", "2015-05-31", None, None, True)]),
    ("Le dossier sera examiné le jour d'après par le bureau.", [("le jour d'après", "2015-06-02", None, None, True)]),
    ("Le bureau se réunira la semaine qui suit.", [("la semaine qui suit", "2015-W24", None, None, True)]),
    ("Le vote a eu lieu mercredi de la semaine précédente.", [("mercredi de la semaine précédente", "2015-05-27", None, None, True)]),
    ("Les bénévoles sont arrivés la veille du 14 juillet 2014.", [("la veille du 14 juillet 2014", "2014-07-13", None, None, True)]),
]

ANCHORED_NOT_DATES = [
    "L'agence assure une veille stratégique pour ses adhérents.",
    "Le bureau a été élu la veille de l'assemblée générale.",
    "Le premier bilan a été dressé deux ans après la création du réseau.",
    "Le service permet de commander son panier la veille au soir.",
    "Le taux passe du 13 au 18 %.",
    "Ils ont été classés du 3 au 8 sur vingt candidats.",
    "Le score est de 3/2 et le ratio 17/2 pour cette saison.",
    "Appelez le 02 40 12 20 14 ou le 1 200 2015 au standard.",
    "Le nouvel an chinois attire la foule place d'Italie.",
    "Noël Dupuis présidera la séance.",
    "Une quinzaine d'entreprises ont signé la charte.",
]

NOT_DATES = [
    "L'association teste depuis un an et demi son modèle de Cantine.",
    "Le score final est de 2/3 pour l'équipe.",
    "Il en a vendu le 2 fois plus.",
    "Le Startup Week-end permet de créer des entreprises en 54 heures.",
    "Cela a duré dix ans puis l'association a disparu depuis deux ou trois ans.",
    "Toulouse bénéficie depuis une douzaine d'années de l'association.",
    "Il lance son site à l'âge de 23 ans.",
    "Il a travaillé pendant dix ans chez Orange.",
    "Le rendez-vous est fixé à 10h30 dans le hall.",
    "La région a lancé un appel à projets doté de 550.000 euros.",
    "Le groupe emploie 2000 salariés et vise 2015 clients.",
    "Plus de 2000 personnes étaient présentes.",
    "Entreprise innovante du Web 2.0, elle organise le Web2Day.",
    "Du WWW2012 au Web2Day, plusieurs évènements sont organisés.",
    "La région se spécialise vers la S3 (Smart Strategy Specialization).",
    "Le chiffre d'affaires a progressé de 20 % en un an.",
    "Aujourd'hui, la filière numérique est portée par 900 entreprises.",
    "Aujourd'hui j'ai 300 demandes de recrutement à pourvoir.",
    "Les « cantines » d'aujourd'hui introduisent le co-working.",
    "Des pépites numériques faisant aujourd'hui référence.",
    "L'entreprise est aujourd'hui leader de son marché.",
    "Elle réunit aujourd'hui près de 200 start-up adhérentes.",
    "Les métiers d'hier disparaissent.",
    "Les emplois de demain se créent ici.",
    "Le comité se réunit tous les deux mois et une fois par an.",
    "Le marché est ouvert le lundi et du mardi au vendredi.",
    "Premier bilan un an après la labellisation.",
    "Deux cent cinquante personnes formées en trois ans.",
    "Une formation pouvant durer entre six mois et un an.",
    "De 20 à 40 entreprises devraient être accompagnées.",
    "Il a fait une croissance de 300% en moins de 10 ans.",
    "La région Ile-de-France a lancé Euro 2016 et Windows 2000.",
    "Au fil des années des synergies se sont créées, au cours de l'année.",
    "Sur les cinq plus grandes PME, quatre ont plus de 20 ans.",
    "Elle a trouvé en quelques années sa place.",
]
# fmt: on


@pytest.mark.parametrize("text,expected", FOUND, ids=[t[:40] for t, _ in FOUND])
def test_dates_found(extractor, text, expected):
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize("text,expected", RESOLVED, ids=[t[:40] for t, _ in RESOLVED])
def test_dates_resolved_against_reference(extractor, text, expected):
    assert _dates(extractor, text, reference_date="2015-06-01") == expected


@pytest.mark.parametrize("text,expected", ISSUE23, ids=[t[:40] for t, _ in ISSUE23])
def test_issue23_news_dates(extractor, text, expected):
    assert _dates(extractor, text, reference_date="2015-06-01") == expected


@pytest.mark.parametrize("text,expected", ANCHORED, ids=[t[:40] for t, _ in ANCHORED])
def test_anchored_dates(extractor, text, expected):
    assert _dates(extractor, text, reference_date="2015-06-01") == expected
    anchored = _dates(extractor, text)[-1]  # without a reference date: no value, unless the anchor is written in full
    assert anchored[0] == expected[-1][0] and (anchored[1] is None) == (expected[-1][0] != "la veille du 14 juillet 2014")


@pytest.mark.parametrize("text", ANCHORED_NOT_DATES, ids=[t[:40] for t in ANCHORED_NOT_DATES])
def test_anchored_not_dates(extractor, text):
    assert _dates(extractor, text, reference_date="2015-06-01") == []


@pytest.mark.parametrize("text", NOT_DATES, ids=[t[:40] for t in NOT_DATES])
def test_not_dates(extractor, text):
    assert _dates(extractor, text, reference_date="2015-06-01") == []


# fmt: off
CORPUS = {
    "000_332547e9bf89472f": [("2008", "2008", None), ("mi-octobre", "XXXX-10", None)],
    "001_eaf207d9fdd07da7": [("28 février", "XXXX-02-28", None), ("4 mois plus tôt", None, None),
                             ("fin de l’année 2013", "2013", None), ("juin", "XXXX-06", None), ("2004", "2004", None)],
    "003_7aa5977024c3700f": [("2015-2017", "2015", "2017"), ("2004", "2004", None),
                             ("février 2013", "2013-02", None), ("d’ici 3 ans", None, None)],
    "004_3f26cd77492abdc2": [("novembre 2014", "2014-11", None), ("Il y a deux semaines", None, None),
                             ("novembre 2014", "2014-11", None), ("février dernier", None, None), ("2003", "2003", None),
                             ("2016", "2016", None), ("2017", "2017", None), ("printemps 2017", "2017-SP", None)],
}
# fmt: on


@pytest.mark.parametrize("article_id", sorted(CORPUS))
def test_corpus_dates(corpus_records, article_id):
    got = [(r.text, r.value, r.value_end) for r in corpus_records[article_id] if r.type == "date"]
    assert got == CORPUS[article_id]


def _lexicon_words(name):
    from presse2data.lang.modelfiles import load_lexicon

    return [entry.rsplit(" ", 1)[0] for entry in load_lexicon(name)]


def test_rules_know_every_lexicon_month_and_season():
    """The rule regexes spell out the month and season lexicons: they must agree."""
    import re

    from presse2data.lang.modelfiles import load_rules

    rules = {rule.id: rule for rule in load_rules("date")}
    for month in _lexicon_words("date/months"):
        assert re.search(rules["date/month-year"].regex, f"depuis {month} 2014"), month
        assert re.search(rules["date/day-month-year"].regex, f"le 3 {month} 2014"), month
    for season in _lexicon_words("date/seasons"):
        assert re.search(rules["date/season-year"].regex, f"une livraison {season} 2017"), season
    assert not re.search(rules["date/month-year"].regex, "sept 2014")  # the number seven
