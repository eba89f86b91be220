/// Arabic function words and reporting verbs, in `match` form (أ→ا, ى→ي, ة→ه): never the start or end of a term.
///
/// Reporting verbs (قال, أكد, أشار …), weekdays, months and time words are here because news prose repeats them
/// around every quotation; a terminologist never wants them as candidates.
package enum ArabicStopwords {
    /// Prepositions, conjunctions, particles, pronouns and demonstratives: words that never start or end a term in
    /// any text (the reporting verbs and time words below are news prose, and some are homographs of terms: صدر
    /// "issued" / "chest").
    package static let particles: Set<String> = [
        "في", "فى", "من", "علي", "الي", "عن", "مع", "بين", "حتي", "منذ", "خلال", "ضد", "عبر", "دون", "غير", "نحو",
        "لدي", "عند", "قبل", "بعد", "حول", "تحت", "فوق", "امام", "وراء", "ثم", "او", "ام", "بل", "لكن", "لكن", "حيث",
        "كما", "مثل", "سوف", "قد", "لقد", "فقد", "لم", "لن", "لا", "ما", "ان", "انه", "انها", "انهم", "اذا", "اذ",
        "لو", "كي", "لكي", "الا", "اما", "هل", "ايضا", "فقط", "جدا", "اي", "كل", "بعض", "جميع", "كافه", "عده",
        "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "هنا", "هناك", "الذي", "التي", "الذين", "اللذين", "اللتين",
        "اللواتي", "هو", "هي", "هم", "هما", "نحن", "انا", "انت", "انتم", "له", "لها", "لهم", "به", "بها", "بهم",
        "فيه", "فيها", "فيهم", "منه", "منها", "منهم", "عليه", "عليها", "عليهم", "اليه", "اليها", "عنه", "عنها",
        "ضمن", "لدى", "وفق", "وفقا", "بسبب", "نتيجه", "اجل", "مدي", "بشان", "بشكل", "بصوره", "جانب", "اطار",
    ]

    static let words: Set<String> = particles.union([
        // auxiliaries and reporting verbs
        "كان", "كانت", "يكون", "تكون", "كانوا", "ليس", "ليست", "تم", "يتم", "يمكن", "يجب", "قال", "قالت", "اكد",
        "اكدت", "اشار", "اشارت", "اضاف", "اضافت", "اعلن", "اعلنت", "اوضح", "اوضحت", "تابع", "ذكر", "ذكرت", "اعتبر",
        "شدد", "لفت", "نبه", "ابدي", "دعا", "مشيرا", "مؤكدا", "مضيفا", "لافتا", "قائلا", "موضحا", "معربا", "وصف",
        "يذكر", "صدر", "جاء", "بحسب", "حسب", "بحث", "يعد", "تعد", "يعتبر", "تعتبر", "صار", "اصبح", "زال", "لازال",
        "مازال", "يزال", "تزال", "مضي",
        // time words
        "اليوم", "امس", "غدا", "الان", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
        "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
        "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "عام",
        "العام", "الشهر", "الاسبوع", "الماضي", "الجاري", "المقبل", "الحالي", "يوم", "صباح", "مساء", "الساعات",
        "مره", "المره", "الاولي", "السابق", "الاخير", "الاخيره",
    ])

    /// General nouns of news prose, which never begin or end a term: light nouns that head a phrase without naming
    /// anything (تعزيز التعاون, دول المنطقة, إطار, سبل, نهاية), and future and modal forms. In `match` form;
    /// compared by light lemma (`ArabicNounPhrase.lemma`), so plurals and feminines count too.
    static let generalWords: [String] = [
        // actions and efforts that head general phrases
        "سيكون", "ستكون", "سيتم", "ستتم", "بامكان", "يمكن",
        "تعزيز", "دعم", "تحقيق", "تطوير", "ضروره", "اعاده", "مواصله", "استمرار", "تنفيذ", "توسيع", "تكثيف",
        "تمديد", "محاوله", "مساعي", "جهود", "جهد", "اهميه", "امكانيه", "تقديم", "مناقشه", "بحث", "دراسه", "تشكيل",
        "اطلاق", "استعاده", "مواجهه", "محاربه", "التزام", "توقيت", "تلبيه", "استجابه",
        "مشاركه", "حضور", "انعقاد", "منع", "حمايه", "زياده", "اطار", "مجال", "نطاق", "صعيد", "اصعده", "سبيل", "سبل",
        // quantities, parts, times and places in general
        "عدد", "بعض", "كافه", "جميع", "مختلف", "ارجاء", "حجم", "نوع", "انواع", "اشكال", "شكل", "جانب", "جوانب",
        "نهايه", "بدايه", "انتهاء", "انهيار", "مطلع", "ختام", "فتره", "وقت", "مده", "ظل", "اثر", "ضوء", "سياق", "حين",
        "مقدمه", "اساس", "ركيزه", "حجر", "منطقه", "مناطق", "دول", "دوله", "بلد", "بلدان", "اراضي", "ارض",
        // things said and done, in general
        "امر", "امور", "شان", "مساله", "قضيه", "قضايا", "موضوع", "حاله", "ظاهره", "نتيجه", "نتائج", "رساله", "كلمه",
        "بيان", "اجراء", "اجراءات",
        "تصريح", "تصريحات", "حديث", "لقاء", "زياره", "اجتماع", "تقرير", "مصادر", "مسؤول", "مسؤولين", "مناسبه",
        "مستوي", "مستويات", "طريق", "طرق", "خطوه", "دور", "هدف", "اهداف", "رؤيه", "موقف", "مواقف", "نحو",
        "طلب", "تهديد", "خطر", "مخاطر", "عمليه",
    ]

    /// General adjectives: never the end of a term (the head of a phrase is a noun, so these are checked at the
    /// end only: المهمة is a mission, مهمة "important" only after a noun). Ordinals are not here: they end names
    /// (الحرب العالمية الثانية, القرن التاسع عشر).
    static let generalAdjectives: [String] = [
        "جديد", "كبير", "صغير", "كثير", "قليل", "عديد", "مختلف", "اخري", "اخر", "كامل", "واسع", "مهم", "مهمه",
        "رئيسي", "اساسي", "حالي", "سابق", "مقبل", "ماضي", "اخير", "متزايد", "مستمر",
        "ممكن", "قائم", "خاص", "عام", "عامه", "كبري", "جيد", "ناجح", "حيوي", "جوهري", "طويل", "قصير", "متكرر", "مشترك",
    ]

    /// `generalWords` by light lemma, as a phrase's head.
    static let generalHeads = Set(generalWords.map { ArabicNounPhrase.lemma(ArabicLetters($0)) })
    /// `generalWords` and `generalAdjectives` by light lemma, as a phrase's last word.
    static let generalTails = Set(
        (generalWords + generalAdjectives).map { ArabicNounPhrase.lemma(ArabicLetters($0), head: false) })

    /// `words` by letters.
    private static let wordLetters = ArabicLetters.set(words)

    /// Whether a `match`-form word is a function word, alone or after و/ف.
    static func contains(_ word: String) -> Bool { contains(ArabicLetters(word)) }

    /// `contains(_:)` on the word's letters.
    static func contains(_ word: ArabicLetters) -> Bool {
        if wordLetters.contains(word) { return true }
        if let first = word.first, first == "و" || first == "ف" {
            let rest = word.dropFirst()
            if wordLetters.contains(rest) { return true }
            if let second = rest.first, second == "ب" || second == "ل" || second == "ك" {
                return wordLetters.contains(rest.dropFirst())
            }
        }
        if let first = word.first, first == "ب" || first == "ل" || first == "ك" {
            return wordLetters.contains(word.dropFirst())
        }
        return false
    }
}
