# pt716 — touleco.fr, French Tech Toulouse federates 300 start-ups, its bureau grows to twelve (2022)
BODY_START = "La Ville rose"      # " date 2022-06 ": store prefix
BODY_END = None
FTT = "French Tech Toulouse"

RECORDS = [
    L("Ville rose", ["Ville rose"]),
    D("mars 2019", "2019-03"),
    O(FTT, "association", [(FTT, 1), (FTT, 2)]),     # "Le pôle des jeunes pousses"; sentence-initial "La" left out
    D("développer en [2022]", "2022"),
    P("Sandrine Jullien-Rouquié", ["Sandrine Jullien-Rouquié"],
      roles=[("toujours [présidé] par", FTT, "présidente"), ("dirigeante", "Ludilabel"),
             ("la [présidente] et son bureau", FTT)]),
    O("Ludilabel", "company", ["Ludilabel"]),
    M("[300 des 900 start-up]", FTT, 300, "start-up"),     # "Le pôle ... fédère aujourd'hui 300 des 900 start-up"
    D("fin de l’année", None, mod="END", relative=True),
    D("cette année", None, relative=True),
    P("Carole Zisa-Garat", ["Carole Zisa-Garat"],
      roles=[("membre du bureau", FTT), ("et [dirigeante] de Telegrafik", "Telegrafik")]),
    O("Telegrafik", "company", ["Telegrafik"]),
]
UNANNOTATED = []
