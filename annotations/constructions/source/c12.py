# c12 — invented: "Président : A (B). Vice-présidente : C (D). Trésorier : E, directeur financier de la coopérative F." (one sentence per post; a title stated at the member's company; a former officer with her company title)
BODY_START = None
BODY_END = None
AN = "Aveyron Numeric"

RECORDS = [
    L("Rodez", ["Rodez"]),
    O(AN, "association", [AN]),
    D("le [7 mars]", "XXXX-03-07"),
    L("Onet-le-Château", ["Onet-le-Château"]),
    P("Romain Bessière", [("Romain Bessière", 1), ("Romain Bessière", 2)],
      roles=[("[Président] : Romain", AN), (None, "Causses Informatique")]),
    O("Causses Informatique", "company", ["Causses Informatique"]),
    P("Sylvie Alric", ["Sylvie Alric"], roles=[("[Vice-présidente] : Sylvie", AN), (None, "Rouergue Télécom")]),
    O("Rouergue Télécom", "company", ["Rouergue Télécom"]),
    P("Gérard Mouysset", ["Gérard Mouysset"],
      roles=[("[Trésorier] : Gérard", AN), ("[directeur financier] de la coopérative", "Ségala Lait")]),
    O("Ségala Lait", "company", ["Ségala Lait"]),       # "la coopérative Ségala Lait"
    P("Chantal Vabre", ["Chantal Vabre"], roles=[("[Secrétaire] : Chantal", AN)]),
    M("[68 adhérents]", AN, 68, "adhérents"),
    A("52 000 euros", 52000, to=AN),      # the association's budget
    P("Josiane Couderc", ["Josiane Couderc"],
      roles=[("sa [vice-présidente] historique", AN), ("[gérante] de la société", "Millau Web")]),
    O("Millau Web", "company", ["Millau Web"]),
]
UNANNOTATED = []
