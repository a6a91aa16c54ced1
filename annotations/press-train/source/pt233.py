# pt233: Action Agricole Picarde, Agro-Sphères and PIA merge into AREA Hauts-de-France.
BODY_START = None
BODY_END = None

AS = "Agro-Sphères"
PIA = "Pôle des industries alimentaires"
AREA = "Association régionale des entreprises alimentaires Hauts-de-France"
ANIA = "association nationale des industries alimentaires"
RECORDS = [
    P("Claudine Lucien", ["Claudine Lucien"],
      roles=[("la [présidente] de la désormais", AS), (None, AREA)]),  # "À sa tête" (the new association)
    P("Olivier Hermand", ["Olivier Hermand"],
      roles=[("Ex-président", PIA), ("vice-président", AREA)]),

    O(AS, "association", [(AS, i) for i in range(1, 7)]),
    O(PIA, "association", [("PIA", 1), "[Pôle des industries alimentaires] (PIA)", "Pôle des industries alimentaires ([PIA])",
                           "[Pôle des industries agroalimentaires] - PIA", "Pôle des industries agroalimentaires - [PIA]",  # §16 second form
                           "du [PIA] et"],
      aliases=["PIA", "Pôle des industries agroalimentaires"]),
    O(AREA, "association", [(AREA, 1), (AREA, 2)]),
    O(ANIA, "association", ["ANIA", "[association nationale des industries alimentaires] (Ania)", "association nationale des industries alimentaires ([Ania])"], aliases=["ANIA"]),

    L("Picardie", ["Picardie"]),
    L("Nord-Pas-de-Calais", ["Nord-Pas-de-Calais"]),
    L("Péronne", ["Péronne"]),
    L("Hauts-de-France", ["dans les [Hauts-de-France]"]),
    L("Amiens", ["Amiens"]),
    L("Marcq-en-Barœul", ["Marcq-en-Barœul"]),

    D("respectives le [17 décembre]", "XXXX-12-17"),
    D("mardi 17 décembre", "XXXX-12-17"),
]
UNANNOTATED = []
