# pt250: images-et-reseaux.com, extraordinary general assembly and alliance with TES (2020).
BODY_START = None
BODY_END = None

IR = "Images & Réseaux"
RECORDS = [
    P("Vincent Marcatté", [("Vincent Marcatté", 1), ("Vincent Marcatté", 2)],
      roles=[("le [président] du pôle de compétitivité", IR)]),
    P("Gérard le Bihan", ["Gérard le Bihan"], roles=[("le [directeur général], la", IR)]),

    O(IR, "association", [(IR, 1), (IR, 2), (IR, 3), "alliance [I&R]+TES"], aliases=["I&R"]),
    O("TES", "association", [("TES", 1), "I&R+[TES]"]),

    D("18/12/2020", "2020-12-18"),
    D("Jeudi 17 décembre", "XXXX-12-17"),
    D("fin d’année 2020", "2020", mod="END"),
    D("jusqu’en [2022]", "2022"),
    D("fin 2019", "2019", mod="END"),
    D("depuis [2018]", "2018"),
]
UNANNOTATED = []
