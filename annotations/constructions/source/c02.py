# c02 — invented: "Composition du nouveau bureau de X : président, A (B) ; trésorière, C ; …" (';' items, title before the name, organization named without a type noun)
BODY_START = None
BODY_END = None
ON = "Ostal Numeric"

RECORDS = [
    L("Toulouse", ["Toulouse"]),
    O(ON, "other", [ON]),     # "la structure": the text never says association, club or pôle (§16)
    D("le [3 février]", "XXXX-02-03"),
    P("Jordi Castanet", [("Jordi Castanet", 1), ("Jordi Castanet", 2)],
      roles=[("[président], Jordi", ON), (None, "Cigala Soft"),
             ("qui a [cofondé] Cigala Soft", "Cigala Soft", "cofondateur")]),
    O("Cigala Soft", "company", [("Cigala Soft", 1), ("Cigala Soft", 2)]),
    P("Laurence Fabre", ["Laurence Fabre"], roles=[("[vice-présidente], Laurence", ON), (None, "Garona Labs")]),
    O("Garona Labs", "company", ["Garona Labs"]),
    P("Nadège Sabatier", [("Nadège Sabatier", 1), ("Nadège Sabatier", 2)],
      roles=[("[trésorière], Nadège", ON),
             ("[expert-comptable] indépendante", None),        # a profession, no organization
             ("déjà [trésorière] du précédent", ON)]),         # the same post in the previous bureau: a second span
    P("Bastien Roques", ["Bastien Roques"], roles=[("[secrétaire], Bastien", ON), (None, "Pastel Robotique")]),
    O("Pastel Robotique", "company", ["Pastel Robotique"]),
    P("Aurélie Montagné", ["Aurélie Montagné"], roles=[("[membre du bureau], Aurélie", ON), (None, "Lauragais Énergie Data")]),
    O("Lauragais Énergie Data", "company", ["Lauragais Énergie Data"]),
    D("en [2012]", "2012"),
    M("[85 entreprises membres]", ON, 85, "entreprises membres"),
    # "Rencontres de la Garonne numérique": an event, and a name inside it is no mention
    D("l'[an passé]", None, relative=True),
    D("en [2015]", "2015"),
]
UNANNOTATED = []
