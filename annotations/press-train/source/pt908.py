# pt908 — affiches-parisiennes.com, the candidates for the Medef presidency listed line by line with their posts (2018)
BODY_START = "Le nouveau président"     # after the store's date stamp
BODY_END = None
MEDEF = "Medef"

RECORDS = [
    O(MEDEF, "association", [(MEDEF, 1), (MEDEF, 2), (MEDEF, 4), (MEDEF, 9), (MEDEF, 10)]),
    D("le [3 juillet]", "XXXX-07-03"),
    D("jusqu'au [3 mai]", "XXXX-05-03"),
    # the line list: "Name, title du/de l' Organization"
    P("Pierre Brajeux", [("Pierre Brajeux", i) for i in range(1, 4)],
      roles=[("Brajeux, [président] du Medef", "Medef Hauts-de-Seine")]),
    O("Medef Hauts-de-Seine", "association", ["Medef Hauts-de-Seine"]),
    P("Dominique Carlac'h", ["Dominique Carlac'h"],
      roles=[("[présidente du Comité Sport] du Medef", MEDEF)]),     # an internal committee: the role is at the Medef
    P("Olivier Klotz", ["Olivier Klotz"], roles=[("Klotz, [président] du", "Medef Alsace")]),
    O("Medef Alsace", "association", ["Medef Alsace"]),
    P("Fabrice Le Saché", ["Fabrice Le Saché"], roles=[("[administrateur] du Medef International", "Medef International")]),
    O("Medef International", "association", ["Medef International"]),
    P("Patrick Martin", ["Patrick Martin"], roles=[("Martin, [président] du", "Medef Auvergne-Rhônes-Alpes")]),
    O("Medef Auvergne-Rhônes-Alpes", "association", ["Medef Auvergne-Rhônes-Alpes"]),
    P("Frédéric Motte", ["Frédéric Motte"], roles=[("Motte, [président] du", "Medef Hauts-de-France")]),
    O("Medef Hauts-de-France", "association", ["Medef Hauts-de-France"]),
    P("Geoffroy Roux de Bézieux", ["Geoffroy Roux de Bézieux"], roles=[("[vice-président délégué] du Medef", MEDEF)]),
    P("Alexandre Saubot", [("Alexandre Saubot", 1), ("Alexandre Saubot", 2)],
      roles=[("Saubot, [président] sortant", "UIMM")]),
    O("UIMM", "association", ["UIMM"]),
    P("Jean-Charles Simon", [("Jean-Charles Simon", 1), ("Jean-Charles Simon", 2)],
      roles=[("[ancien directeur général délégué] du Medef", MEDEF)]),
    O("Medef Ile-de-France", "association", ["Medef Ile-de-France"]),
    O("Club des entrepreneurs", "association", ["Club des entrepreneurs"]),
    P("Yves Thréard", ["Yves Thréard"], roles=[("[directeur adjoint de la rédaction] du Figaro", "Figaro")]),
    O("Figaro", "media", ["Figaro"]),
    O("Institut d'études politiques de Paris", "education_research",
      ["Sciences-Po", "Institut d'études politiques de Paris"], aliases=["Sciences-Po"]),
    O("Université de Cambridge", "education_research", ["Université de Cambridge"]),
    O("Chambre de commerce franco-britannique", "other", ["Chambre de commerce franco-britannique"]),
    O("Université de Paris II-Assas", "education_research", ["Université de Paris II-Assas"]),
]
UNANNOTATED = [
    ("Medef", 12, "inside the slogan « Medef de conquête », a candidate's programme, not the organization"),
]
