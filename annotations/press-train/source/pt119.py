# La Tribune 2023: interview of the Mission French Tech's head on Capitales and Communautés.
BODY_START = "LA TRIBUNE - La Mission"  # " date 2023-02 " store prefix
BODY_END = None

RECORDS = [
    P("Clara Chappaz", [("CLARA CHAPPAZ", 1), ("CLARA CHAPPAZ", 2)]),  # speaker labels; no title in the text

    O("LA TRIBUNE", "media", ["LA TRIBUNE"]),  # interviewer label
    O("Mission French Tech", "public_body", [("Mission French Tech", n) for n in range(1, 5)]),

    L("France", ["France"]),
    L("Outre-Mer", ["Outre-Mer"]),

    D("2023-2025", "2023", value_end="2025"),
    D("il y a dix ans", None, relative=True),
    D("depuis [2019]", "2019"),
]
UNANNOTATED = []
