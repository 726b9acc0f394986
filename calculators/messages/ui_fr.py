"""Part of the one message catalogue (fr): every sentence the browser layer shows that is not a legal result (loading, errors, buttons, labels); written into calculator pages at build time, so JavaScript holds no wording of its own.

Merged into ``calculators.messages.CATALOGUES["fr"]``; keys never repeat a key of another part
(tests/unit/test_wording_en.py checks). Same keys as ui_en.py.
"""

MESSAGES: dict[str, str] = {
    "site.quick-exit": "Quitter ce site rapidement",
    "site.quick-exit-short": "Quitter",
    "site.quick-exit-title": "Ouvre un site météo à la place de cette page (raccourci : Échap). Votre historique de "
                             "navigation n'est pas effacé.",
    "site.browse-safely-title": "Naviguez en sécurité :",
    "site.browse-safely": "une fenêtre privée (navigation privée) ne garde pas d'historique. Sinon, effacez votre "
                          "historique après votre visite. Pour partir vite : Échap ou « {leave} ».",
    "site.not-found-title": "Page introuvable",
    "site.not-found-text": "Cette adresse n’est pas une page de ce site. Elle a peut-être changé. Rien de ce que vous "
                           "avez écrit n’a été envoyé.",
    "site.not-found-home": "Accueil",
    "site.not-found-other": "Page introuvable. Aller à l’accueil.",
    "site.fallback-title": "Page pas encore traduite",
    "site.fallback-text": "Cette page n'est pas encore traduite en français. Le texte ci-dessous est la version "
                          "anglaise. Les délais et les articles de loi y sont les mêmes.",
    "site.fallback-home": "Retour à l'accueil en français",
    "site.read-english": "Lire cette page en anglais",
    "site.read-french": "Lire cette page en français",
    "site.not-reviewed-title": "À propos de cette traduction",
    "site.not-reviewed": "Cette traduction n’a pas été vérifiée par un avocat. Les pages en anglais et en français "
                         "font foi : si elles disent autre chose, suivez-les.",
    "site.out-of-date-title": "Cette traduction n’est peut-être plus à jour",
    "site.out-of-date": "La page anglaise a changé depuis que cette page a été traduite. Vérifiez la page en anglais "
                        "ou en français avant d’agir.",
    "site.page-review": "Révision de la page et sources",
    "site.last-reviewed": "Dernière révision :",
    "site.sources": "Sources (la loi que cette page explique) :",
    "ui.loading-label": "Chargement du calculateur",
    "ui.loading-step": "Chargement du calculateur (étape {step} sur {of}).",
    "ui.downloads": "La première fois, environ {mb} Mo sont téléchargés.",
    "ui.fill-now": "Vous pouvez déjà remplir le formulaire.",
    "ui.ready": "Le calculateur est prêt. Il fonctionne dans votre navigateur : rien de ce que vous écrivez n’est envoyé.",
    "ui.try-again": "Réessayer",
    "ui.failed-title": "Le calculateur n’a pas pu démarrer",
    "ui.failed-text": "Le calculateur ne s’est pas chargé dans ce navigateur, ou il a cessé de répondre. Rien de ce que "
                      "vous avez écrit n’a été envoyé. Vous pouvez calculer votre date à la main avec le tableau et les "
                      "étapes de cette page. Vous pouvez aussi réessayer, ou ouvrir cette page dans un autre navigateur.",
    "ui.count-by-hand": "Comment compter à la main",
    "ui.calculating": "Calcul en cours…",
    "ui.still-loading": "Le calculateur se charge encore. Votre résultat s’affichera ici dès qu’il sera prêt.",
    "ui.failed-count": "Le calculateur n’a pas pu démarrer. Vous pouvez compter à la main avec le tableau de cette page.",
    "ui.went-wrong": "Une erreur s’est produite pendant le calcul. Vérifiez vos réponses et réessayez.",
    "ui.check-marked": "Vérifiez la réponse signalée dans le formulaire.",
    "ui.bad-date": "Cette date est incomplète ou n’existe pas. Vérifiez le jour, le mois et l’année.",
    "ui.date-format": "Écrivez la date sous la forme année-mois-jour, par exemple 2026-09-15.",
    "ui.choose-remedy": "Choisissez ce que vous voulez faire.",
    "ui.choose-where": "Choisissez où la décision a été prise.",
    "ui.enter-from": "Entrez la date. Si vous n’êtes pas sûr, prenez la date la plus tôt possible.",
    "ui.canada-time": "IRCC date ses courriels à l’heure du Canada. Si vous vivez à l’étranger et que votre courriel "
                      "montre un jour de plus que la date de votre compte en ligne, prenez la date la plus tôt.",
    "ui.link-no-remedy": "Le lien ne dit pas ce que vous voulez faire. Choisissez-le dans la liste.",
    "ui.link-unknown-remedy": "Le lien demande « {value} », que ce calculateur ne connaît pas. Choisissez ce que vous "
                              "voulez faire dans la liste.",
    "ui.link-no-date": "Le lien ne donne pas de date. Entrez la date.",
    "ui.link-bad-date": "La date du lien, « {value} », n’existe pas. Entrez la date.",
    "ui.your-deadline": "Votre délai",
    "ui.last-day": "Dernier jour",
    "ui.safe-file-by": "Par prudence, déposez au plus tard le",
    "ui.file-by": "Déposez au plus tard le",
    "ui.may-move": "Le délai pourrait être reporté au {date}. N’y comptez pas.",
    "ui.check-this": "À vérifier",
    "ui.how-counted": "Comment cette date a été calculée",
    "ui.the-law": "La loi",
    "ui.add-to-calendar": "Ajouter au calendrier",
    "ui.print": "Imprimer",
    "ui.last-checked": "Ces règles ont été vérifiées dans la loi pour la dernière fois le {date}.",
    "ui.not-advice": "Ceci est de l’information juridique, pas un avis juridique. Si votre délai est proche, parlez dès "
                     "aujourd’hui à un avocat ou à un consultant en immigration autorisé.",
    "ui.result-last-day": "Résultat : le dernier jour est le {date}.",
    "ui.result-ready": "Résultat prêt.",
    "ui.ahead-note": "Calculé à l’avance par ce site. La réponse complète, avec chaque étape du calcul, va la "
                     "remplacer dans un instant.",
    "ui.ahead-status": "Résultat : le dernier jour est le {date}. Les étapes du calcul se chargent encore.",
    "ui.ahead-failed": "Résultat : le dernier jour est le {date}. Le calculateur n’a pas pu démarrer pour montrer les "
                       "étapes : vous pouvez compter à la main avec le tableau de cette page pour le vérifier.",
    "ui.ahead-failed-note": "Calculé à l’avance par ce site. Le calculateur n’a pas pu démarrer : les étapes du calcul ne "
                            "sont pas montrées.",
    "ui.calendar-failed": "Le fichier de calendrier n’a pas pu être créé.",
    "ui.calendar-done": "Le fichier de calendrier {name} a été téléchargé. Ouvrez-le pour ajouter la date à votre calendrier.",
    "ui.copy-link": "Copier un lien vers ce résultat",
    "ui.copy-plan-link": "Copier un lien vers ce plan",
    "ui.link-note": "Le lien contient vos réponses : toute personne qui le voit peut les lire.",
    "ui.link-copied": "Le lien a été copié. Il contient vos réponses : ne le partagez qu’avec des personnes de confiance.",
    "ui.link-select": "Copiez ce lien :",
    "ui.progress": "Question {n} sur environ {total}",
    "ui.choose-one": "Choisissez une réponse.",
    "ui.choose-some": "Choisissez au moins une réponse, ou « Je ne sais pas ».",
    "ui.enter-date": "Entrez la date, ou choisissez « Je ne sais pas ».",
    "ui.plan-waiting": "Votre plan est en préparation. Le calculateur se charge encore : la première fois, cela peut "
                       "prendre une minute.",
    "ui.change-answers": "Modifier vos réponses",
    "ui.start-again": "Recommencer",
    "ui.plan-title": "Votre plan",
    "ui.act-by": "Agissez au plus tard le",
    "ui.why": "Pourquoi cela correspond à vos réponses",
    "ui.gather": "Ce qu’il faut rassembler",
    "ui.send": "Comment et où l’envoyer",
    "ui.meanwhile": "Pouvez-vous rester, travailler ou étudier en attendant ?",
    "ui.clock": "Ce qui n’arrête pas le délai",
    "ui.read-more": "Pour en savoir plus",
    "ui.guide": "Le guide",
    "ui.template": "Un modèle à remplir",
    "ui.help": "Obtenir de l’aide",
    "ui.see-how": "Voir comment cette date est calculée",
    "ui.closed": "Options qui ne correspondent pas à vos réponses",
    "ui.still-can": "Ce que vous pouvez encore faire",
    "ui.help-near": "Qui peut vous aider",
    "ui.assumed": "Ce que ce plan a supposé",
    "ui.your-answers": "Vos réponses",
    "ui.plan-calendar": "Ajouter les dates à votre calendrier",
    "ui.made-on": "Fait le {date} à partir de {address}",
    "ui.no-option": "Aucune option ne semble correspondre à vos réponses. Lisez les détails ci-dessous, et parlez à "
                    "quelqu’un qui peut vous aider.",
    "ui.plan-ready": "Votre plan est prêt.",
    "ui.plan-first": "Votre plan est prêt. Agissez au plus tard le {date}.",
    # Encadrés « Ce que dit la loi » (calculators/law_boxes.py) : pages des calculateurs et extraits des guides
    "ui.law-says": "Ce que dit la loi : {label}",
    "ui.law-source": "Texte de la loi : {instrument}, à jour au {date}. Ceci est une copie. La version officielle est sur le site Web de la législation (Justice).",
    "ui.law-no-translation": "La loi canadienne n’a pas de texte officiel dans cette langue. Le voici en anglais et en français, les langues officielles du Canada.",
}
