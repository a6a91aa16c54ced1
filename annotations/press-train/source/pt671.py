# pt671 — villagesfm.com, Silicon Comté launch and founding (Besançon, 2014)
BODY_END = None

RECORDS = [
    P("Axelle Lemaire", ["Madame Axelle Lemaire"], roles=[("Secrétaire d’Etat à l’économie Numérique", None)]),
    P("Jean-Louis Fousseret", ["Monsieur Jean-Louis Fousseret"],
      roles=[("Fousseret ([Maire] de", None),              # "de Besançon": a place
             ("[Président] du Grand", "Grand Besançon")]),
    P("Fabrice Barbier", [("Fabrice Barbier", 1), ("Fabrice Barbier", 2)],
      roles=[("parrain", "Silicon Comté"),                  # "son parrain" = the association's
             ("directeur de la recherche et du développement", None)]),   # the company is cut off
    P("Fleur Pellerin", ["Fleur Pellerin"], roles=[("Ministre de l’Economie Numérique", None)]),
    P("Christophe Boutet", ["Christophe Boutet"],
      roles=[("dirigeant", "Géciade"), ("Géciade et [Président] de", "Silicon Comté")]),

    O("Grand Besançon", "public_body", ["Grand Besançon"]),
    O("Silicon Comté", "association", [("Silicon Comté", 1), ("Silicon Comté", 2)]),
    O("Géciade", "company", ["Géciade"]),
    O("ENSMM de Besançon", "education_research", ["ENSMM de Besançon"]),

    L("Besançon", ["Maire de [Besançon]", "Réunis à [Besançon]"]),
    L("Bourgogne", ["Bourgogne"]),
    L("France", ["France"]),
    L("Pays de Loire", ["Pays de Loire"]),

    D("14 mars 2014", "2014-03-14"),
]

UNANNOTATED = []
