# pt919 — incubateurpacaest.org, the chair of the incubator's selection committee on her first year (2019)
BODY_START = None
BODY_END = None
INC = "Paca-Est"          # "l'incubateur Paca-Est": the lowercase generic head stays out
VBC = "Valérie Blanchot-Courtois"
TETE = (None, INC)        # "à la tête du comité de sélection de l'incubateur": an internal committee (§4)

RECORDS = [
    P(VBC, [(VBC, i) for i in range(1, 5)],
      roles=[("à la [présidence] du comité", INC, "présidente du comité de sélection"),
             TETE,
             (("[professeure affiliée]", 1), "SKEMA"),
             (("[professeure affiliée]", 2), "SKEMA")]),
    O(INC, "other", [(INC, 1), (INC, 2)]),
    O("SKEMA", "education_research", [("SKEMA", 1), ("SKEMA", 2)]),
    P("Jérôme Chailloux", [("Jérôme Chailloux", 1), ("Jérôme Chailloux", 2)],
      roles=[("le poste de [directeur général] du consortium", "ERCIM")]),   # a post he had left
    D("en [avril 2018]. Ce", "2018-04"),
    D("en [avril 2018] alors", "2018-04"),
    D(("succédées en [2019]", 1), "2019"),
    D(("[18 décembre]", 1), "XXXX-12-18"),
    O("ERCIM", "other", ["ERCIM"]),
    D(("succédées en [2019]", 2), "2019"),
    D(("[18 décembre]", 2), "XXXX-12-18"),
    D("accueillis en [2019]", "2019"),
    D("13 projets en [2019]", "2019"),
    D("au [second semestre]", "XXXX-H2"),
    D("au [premier trimestre]", "XXXX-Q1"),
    D("entrés [cette année]", None, relative=True),
]
UNANNOTATED = []
