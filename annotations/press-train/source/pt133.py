# reseau-healthtech (reprint of Le Télégramme) 2019: French Tech Brest+ labelled Capitale.
BODY_START = None
BODY_END = "Pour en savoir plus :"  # related links

F = "French Tech Brest +"
RECORDS = [
    P("Frédéric Nicolas", ["Frédéric Nicolas"], roles=[("directeur général", F)]),
    P("Ronan Le Moal", ["Ronan Le Moal"], roles=[("président", F)]),  # "de l'écosystème" = Brest +

    O(F, "other", ["Brest +", ("Brest +", 2), F], aliases=["Brest +"]),
    O("Le Télégramme", "media", ["Le Télégramme"]),

    L("Finistère", ["Finistère"]),
    L("Brest", ["([Brest], Quimper"]),
    L("Quimper", ["Quimper"]),
    L("Morlaix", ["Morlaix"]),
    L("Lannion", ["Lannion"]),

    D("Mercredi matin 03 avril 2019", "2019-04-03"),
    D("acquis en [2015]", "2015"),
    D("2019 -2022", "2019", value_end="2022"),
    D("Publié le [03 avril 2019]", "2019-04-03"),
]
UNANNOTATED = []
