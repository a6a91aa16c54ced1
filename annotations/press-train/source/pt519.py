BODY_START = None   # the two photo captions at the top are body
BODY_END = None

BL = "BLUE Agence d’attractivité économique"
HM = "Hérault Méditerranée"
SA = "Sète Agglopôle Méditerranée"
RECORDS = [
    P("Pascal Pintre", [("Pascal Pintre", 1), ("Pascal Pintre", 2), ("Pascal Pintre", 3)],
      roles=[(None, BL)]),                      # "À la tête de BLUE"
    P("François Commeinhes", [("François Commeinhes", 1), ("François Commeinhes", 2),
                              ("François Commeinhes", 3)],
      roles=[("Commeinhes [Président] de la communauté", SA)]),
    P("Jalil Benabdillah", [("Jalil Benabdillah", 1), ("Jalil Benabdillah", 2),
                            ("Jalil Benabdillah", 3)],
      roles=[("Benabdillah, [vice-président] de la région", None)]),  # §16: "la région Occitanie", no record of the council
    P("Gilles d’Ettore", [("Gilles d'Ettore", 1), ("Gilles d'Ettore", 2), ("Gilles d'Ettore", 3)],
      roles=[("d’Ettore, [Président] de la communauté", HM)]),
    P("André Deljarry", [("André Deljarry", 1), ("André Deljarry", 2)]),

    O(BL, "public_body", [(BL, 1), (BL, 2),
                          "la tête de [BLUE],"],
      aliases=["BLUE"]),  # §16: "l'Agence d'attractivité économique" has no proper part: no mention
    O(SA, "public_body", [(SA, 1), (SA, 2)]),
    O(HM, "public_body", [(HM, 1), (HM, 2)]),
    L("Occitanie", ["Occitanie"]),   # §16: a territory name after a title (and §15 "région X"): the place

    L("Sète Cap d'Agde Méditerranée", [("Sète Cap d'Agde Méditerranée", 1),
                                       ("Sète Cap d'Agde Méditerranée", 2),
                                       ("Sète Cap d'Agde Méditerranée", 3)]),
    L("étang de Thau", ["étang de Thau"]),

    D("ce jeudi", None, relative=True),
]

UNANNOTATED = []
