BODY_START = None
BODY_END = None
# "le Groupement d'Intérêt Economique" names only a legal form (no record); "la Région", "notre
# Région", "au Conseil régional" (no region named): generic.

SC = "Solutions & Co"
SPR = "Société Publique Régionale des Pays de la Loire"
RECORDS = [
    P("Guillaume Garot", ["Guillaume Garot"],
      roles=[("Garot, [député] de la Mayenne", None),
             ("et [président du groupe] du Printemps", "Printemps des Pays de la Loire")]),
    P("Christelle Morançais", [("Christelle Morançais", 1), ("Christelle Morançais", 2)]),
    P("Eric Provost", ["Eric Provost"],
      roles=[("Provost, [conseiller régional]", None),
             ("[membre du Conseil d’administration] de Solutions", SC)]),

    O(SC, "public_body", [("Solutions & Co", 1), "Solutions & co", ("Solutions & Co", 2),
                          ("Solutions & Co", 3)]),
    O(SPR, "public_body", [SPR]),  # §16: "la Société Publique Régionale" alone has no proper part: no mention
    O("Printemps des Pays de la Loire", "association", ["Printemps des Pays de la Loire"]),

    L("Mayenne", ["Mayenne"]),

    D("17 octobre dernier", None, relative=True),
    D(("hier", 1), None, relative=True),
    D(("hier", 2), None, relative=True),
]

UNANNOTATED = []
