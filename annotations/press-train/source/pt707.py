# pt707 — ecoaustral.com, La Réunion French Tech (health tech) and its partnerships
BODY_START = "Comment La Réunion French Tech"    # subscription banner, logo and section line above
BODY_END = None
LRFT = "La Réunion French Tech"
CINOR = "Communauté de communes du nord de La Réunion"

RECORDS = [
    O(LRFT, "other", [(LRFT, 1), (LRFT, 2), (LRFT, 3)]),   # acts (veut faire émerger, élargir son domaine); "le projet" is loose
    D(("juillet 2016", 1), "2016-07"),
    D("Il y a quelques jours", None, relative=True),
    O("L’Oréal", "company", ["L’Oréal"]),
    P("Elodie Royer", ["Elodie Royer"], roles=[(None, LRFT)]),      # "qui coordonne le projet La Réunion French Tech"
    O("Digital Réunion", "other", [("Digital Réunion", 1), ("Digital Réunion", 2)]),
    D(("juillet 2016", 2), "2016-07"),
    L("La Réunion", ["quand [La Réunion] est devenue", "Center à [La Réunion]"]),
    O(CINOR, "public_body", ["la [Cinor] (Communauté", CINOR, "de la [Cinor] afin"], aliases=["Cinor"]),
    O("Océan Tech", "other", ["Océan Tech"]),
    D("avril dernier", None, relative=True),
    L("Pays Basque", ["Pays Basque"]),
    L("Australie", ["Australie"]),
    L("Brésil", ["Brésil"]),
    L("Californie", ["Californie"]),
    L("Japon", ["Japon"]),
]
UNANNOTATED = []
