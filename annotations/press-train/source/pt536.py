BODY_START = None
BODY_END = None

ID = "ID Champagne-Ardenne"
RECORDS = [
    P("Vincent Steinmetz", [("Vincent Steinmetz", 1), ("Vincent Steinmetz", 2), ("Vincent Steinmetz", 3),
                            ("Vincent Steinmetz", 4), ("Vincent Steinmetz", 5), "l’ingénieur [Steinmetz]"],
      roles=[("négociée » du [directeur] intervient", ID),
             ("L’[ingénieur général des ponts, des eaux et des forêts]", None),
             ("[Directeur] depuis 2007", "Carinna"),
             ("être [directeur général] de la nouvelle", ID)]),
    P("Christophe Juppin", ["Christophe Juppin"]),   # byline
    P("Dominique Dutartre", ["Dominique Dutartre"], roles=[("le [président] d’ID", ID)]),

    O(ID, "public_body", [(ID, 1), (ID, 2), (ID, 3), "président d’[ID],"], aliases=["ID"]),
    O("Carinna", "other", ["Carinna"]),
    O("CADev", "public_body", ["CADev"]),

    L("Grand Est", ["Grand Est"]),
    L("Grand-Est", ["Grand-Est"]),

    D("19 avril 2016", "2016-04-19"),
    D("depuis [2007]", "2007"),
    D("en [2014 et 2015]", "2014", value_end="2015"),
]

UNANNOTATED = []
