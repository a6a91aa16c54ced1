# pt708 — lagazettefrance.fr, the pôle NSL and Clubster Santé merge (Hauts-de-France), member counts
BODY_START = None
BODY_END = None
NSL = "Nutrition Santé Longévité"
CS = "Clubster Santé"
FUI = "Fonds unique interministériel"

RECORDS = [
    L("France", ["en [France]", "faire de la [France]"]),
    O(NSL, "association", ["pôle [NSL]", (NSL, 1), (NSL, 2), "pôle [NSL], 160"], aliases=["NSL"]),
    O(CS, "association", [(CS, i) for i in range(1, 5)]),
    D("fin octobre dernier", None, mod="END", relative=True),
    D("2019-2022", "2019", value_end="2022"),
    L("Europe", ["Europe"]),
    O(FUI, "public_body", [FUI, "([FUI])"], aliases=["FUI"]),    # as press-dev r07's FCE
    A("autour des [50 millions d’euros]", 50000000, qualifier="about"),   # the R&D projects' yearly envelope: no link
    A("125 millions d’euros", 125000000),
    D("janvier prochain", None, relative=True),
    P("Thomas Buffin", ["Thomas Buffin"], roles=[("Buffin, [président]", CS)]),
    M("230 membres", CS, 230, "membres"),
    # "le pôle NSL, 160": a member count whose noun is elided; the build needs the unit inside the span, so none
]
UNANNOTATED = []
