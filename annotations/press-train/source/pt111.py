# La Tribune Objectif Aquitaine 2019: French Tech Bordeaux general assembly.
BODY_START = "Le renforcement des actions"  # " date 2019-06 " store prefix
BODY_END = None

_COPIL = ("comité de pilotage", "French Tech Bordeaux", "membre du comité de pilotage")

RECORDS = [
    P("Jérôme Leleu", ["Jérôme Leleu"], roles=[_COPIL]),
    P("Bertrand Bussac", ["Bertrand Bussac"], roles=[_COPIL]),
    P("Tiphaine Bichot", ["Tiphaine Bichot"], roles=[_COPIL]),
    P("David Babin", ["David Babin"], roles=[_COPIL]),
    P("Christophe Chartier", ["Christophe Chartier"], roles=[_COPIL]),
    P("Stéphane Laurent", ["Stéphane Laurent"], roles=[_COPIL]),
    P("Nicolas Florian", ["Nicolas Florian"], roles=[("maire", None)]),  # maire de Bordeaux: a place
    P("Jack Ma", ["Jack Ma"], roles=[("patron", "Alibaba")]),

    O("Bordeaux Métropole", "public_body", [("Bordeaux Métropole", 1), ("Bordeaux Métropole", 2)]),
    O("Chambre de commerce et d'industrie Bordeaux Gironde", "public_body",
      ["CCI Bordeaux Gironde", "Chambre de commerce et d'industrie Bordeaux Gironde"],
      aliases=["CCI Bordeaux Gironde"]),
    O("French Tech Bordeaux", "association", ["French Tech Bordeaux"]),
    O("Alibaba", "company", ["Alibaba"]),

    L("Cité numérique", ["Cité numérique"]),
    L("Bordeaux", ["maire de [Bordeaux]"]),

    D("internationales... [2018]", "2018"),
    M("plus de [300 adhérents payants]", "French Tech Bordeaux", 300, "adhérents payants", "over"),
    D("mercredi 12 juin", "XXXX-06-12"),
    A("8.904 €", 8904),
    A("270.000 €", 270000, qualifier="about", to="French Tech Bordeaux"),
    D("environ en [2018]", "2018"),
    A("345.000 €", 345000, to="French Tech Bordeaux"),
    D("345.000 € en [2019]", "2019"),
]
UNANNOTATED = []
