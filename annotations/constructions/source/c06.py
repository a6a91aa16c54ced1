# c06 — invented: an incubator's jury "Le jury … était composé de : A (B), présidente du jury ; C (D) ; …" (';' items) and a counter-example: the laureates "A (B), C (D) et E (F)" (affiliations only)
BODY_START = None
BODY_END = None
CL = "Cigaloun Lab"
JURY = ("Le [jury], réuni", CL, "membre du jury")     # members listed after an internal body, no title of their own (§15)

RECORDS = [
    L("Montpellier", ["Montpellier"]),
    O(CL, "other", [CL]),      # an incubator
    D("le [21 novembre]", "XXXX-11-21"),
    P("Isabelle Vidal", [("Isabelle Vidal", 1), ("Isabelle Vidal", 2)],
      roles=[(None, "Magalona Capital"), ("[présidente du jury]", CL)]),
    O("Magalona Capital", "company", ["Magalona Capital"]),
    P("Thomas Berthézène", ["Thomas Berthézène"], roles=[JURY, (None, "Lengadoc Santé")]),
    O("Lengadoc Santé", "company", ["Lengadoc Santé"]),
    P("Mireille Azaïs", ["Mireille Azaïs"], roles=[("[directrice] de l'incubateur", CL)]),
    P("Karim Belkadi", ["Karim Belkadi"], roles=[JURY, (None, "Salins Ventures")]),
    O("Salins Ventures", "other", ["Salins Ventures"]),     # a fund or firm, no cue
    P("Élodie Rouquette", ["Élodie Rouquette"], roles=[JURY, (None, "Occigen Bio")]),
    O("Occigen Bio", "company", ["Occigen Bio"]),
    # the laureates: their start-ups, no title at the incubator
    P("Hugo Vernhes", ["Hugo Vernhes"], roles=[(None, "Agrimèl")]),
    O("Agrimèl", "company", ["Agrimèl"]),
    P("Sofia Marcel", ["Sofia Marcel"], roles=[(None, "Clapas Mobility")]),
    O("Clapas Mobility", "company", ["Clapas Mobility"]),
    P("Antoine Lacan", ["Antoine Lacan"], roles=[(None, "Sètòria")]),
    O("Sètòria", "company", ["Sètòria"]),
    A("15 000 euros", 15000, by=[CL]),      # "reçoit de l'incubateur": each laureate, not one named organization
    L("gare Saint-Roch", ["gare Saint-Roch"]),
    D("depuis [2016]", "2016"),
]
UNANNOTATED = []
