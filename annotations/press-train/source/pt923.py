# pt923 — mepag.fr, a business club's general meeting: agenda, new staff member, directors re-elected (2023)
BODY_START = None
BODY_END = None
MEPAG = "MEPAG"
ADMIN = ("3 [administrateurs] sortants", MEPAG)     # "Election des Administrateurs : 3 administrateurs sortants ... : Messieurs A, B et C"

RECORDS = [
    L("château de la Bussière", ["château de la Bussière"]),
    D("le [29 juin dernier]", None, relative=True),
    P("Véronique ZANONI", ["Mme Véronique ZANONI"],
      roles=[("[chargée de mission GPECT]", MEPAG)]),   # presented to the club's meeting among its staff
    O(MEPAG, "association", [MEPAG]),
    # the plural civility "Messieurs" belongs to all three names: it stays outside each span
    P("GOBIN", ["GOBIN"], roles=[ADMIN]),
    P("PITON", ["PITON"], roles=[ADMIN]),
    P("WILLEM", ["WILLEM"], roles=[ADMIN]),
]
UNANNOTATED = []
