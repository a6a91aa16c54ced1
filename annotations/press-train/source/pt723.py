# pt723 — echodumardi.com, UIMM Vaucluse merges into UIMM Alpes-Méditerranée; its president and vice-presidents (2024)
BODY_START = "Ecrit par le"            # "6 mai 2024 |": the site's date header
BODY_END = "\n\n\nIndustrie"           # the tag page then repeats the title and starts another article
CSM = "Chambre syndicale de la Métallurgie du Vaucluse"
UAM = "UIMM Alpes-Méditerranée"

RECORDS = [
    D("Ecrit par le [6 mai 2024]", "2024-05-06"),
    O(CSM, "association", ["UIMM 84", ("UIMM Vaucluse", 1), CSM, ("UIMM Vaucluse", 2)],
      aliases=["UIMM Vaucluse", "UIMM 84"]),
    O(UAM, "association", ["UIMM Alpes- Méditerranée", (UAM, 1), (UAM, 2)], aliases=["UIMM Alpes- Méditerranée"]),
    O("CCI du Vaucluse", "public_body", [("CCI du Vaucluse", 1), ("CCI du Vaucluse", 2)]),
    M("plus de [80 entreprises]", CSM, 80, "entreprises", "over"),
    L("Bouches-du-Rhône", ["Bouches-du-Rhône"]),
    L("Alpes-de-Haute Provence", ["Alpes-de-Haute Provence"]),
    L("Var", [("Var", 1), ("Var", 2)]),
    P("Roselyne Macario", ["Roselyne Macario"],
      roles=[("Macario, [gérante]", "AMS"), ("devient [vice-présidente]", UAM)]),
    O("AMS", "company", ["AMS"]),
    L("Althen-des-Paluds", ["Althen-des-Paluds"]),
    P("Thierry Chaumont", ["Thierry Chaumont"], roles=[("Chaumont, [président]", UAM)]),
    P("Pascale Nagy", ["Pascale Nagy"], roles=[("Nagy, [vice-présidente]", UAM)]),
    P("Frédéric Gonand", ["Frédéric Gonand"],
      roles=[("professeur d’économie", "Université Paris-Dauphine PSL"), ("conseiller économique", "UIMM")]),
    O("Université Paris-Dauphine PSL", "education_research", ["Université Paris-Dauphine PSL"]),
    O("UIMM", "association", ["de l’[UIMM], invité"]),
]
UNANNOTATED = [("UIMM", 5, "inside the tool name 'plateforme juridique inter CST UIMM' (a shared tool, not an organization)"),
               ("UIMM", 6, "inside 'Pôle formation UIMM Sud', presented as a shared tool")]
