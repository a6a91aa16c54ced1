# pt901 — webtimemedias.com, Telecom Valley's general meeting: co-presidents, board photo caption, community leads (2025)
BODY_START = "Pas d’élection"      # after the store's date stamp
BODY_END = None
TV = "Telecom Valley"
COPRES = ("les [co-présidents] de l'association", TV)

RECORDS = [
    O(TV, "association", [(TV, 1), (TV, 2)]),
    D("assemblée générale du [26 mars]", "XXXX-03-26"),
    D("Pas d’élection [cette année]", None, relative=True),
    O("Ademe", "public_body", ["Ademe"]),
    L("Sophia Antipolis", [("Sophia Antipolis", 1)]),
    P("Jean-Pierre Mascarelli", ["Jean-Pierre Mascarelli"],
      roles=[("[président-délégué] du", "Syndicat Mixte Sophia Antipolis")]),
    O("Syndicat Mixte Sophia Antipolis", "public_body", ["SYMISA", "Syndicat Mixte Sophia Antipolis"],
      aliases=["SYMISA"]),
    P("Teresa Colombi", ["Colombi", "Teresa Colombi"],
      roles=[("la [co-présidence] Colombi", TV, "co-présidente"), COPRES]),
    P("Julien Holtzer", ["Holtzer", "Julien Holtzer"],
      roles=[("la [co-présidence] Colombi", TV, "co-président"), COPRES]),
    D("l’[année dernière]", None, relative=True),
    D("pour [cette année] en cours", None, relative=True),
    P("Bich Lecourt", [("Bich Lecourt", 1), ("Bich Lecourt", 2)],
      roles=[("le [Conseil d'Administration] de Telecom", TV, "membre du conseil d'administration"),   # pictured in the board photo, no title of her own
             (None, "Norsys")]),
    P("Frédéric Bossard", ["Frédéric Bossard"], roles=[("[past co-président]", TV)]),
    D("juillet 2023", "2023-07"),
    D("en [2024]", "2024"),
    O("Norsys", "company", ["Norsys"]),
    P("Christèle Simone", ["Christèle Simone"], roles=[(None, "CClique")]),
    O("CClique", "company", ["CClique"]),
    P("Michèle Delacroix", ["Michèle Delacroix"], roles=[(None, "Ludotic")]),
    O("Ludotic", "company", ["Ludotic"]),
    O("Polytech Sophia Antipolis", "education_research", ["Polytech Sophia Antipolis"]),
]
UNANNOTATED = []
