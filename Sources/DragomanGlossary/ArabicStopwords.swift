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

    /// Whether a `match`-form word is a function word, alone or after و/ف.
    static func contains(_ word: String) -> Bool {
        if words.contains(word) { return true }
        if let first = word.unicodeScalars.first, first == "و" || first == "ف" {
            let rest = String(word.unicodeScalars.dropFirst())
            if words.contains(rest) { return true }
            if let second = rest.unicodeScalars.first, second == "ب" || second == "ل" || second == "ك" {
                return words.contains(String(rest.unicodeScalars.dropFirst()))
            }
        }
        if let first = word.unicodeScalars.first, first == "ب" || first == "ل" || first == "ك" {
            return words.contains(String(word.unicodeScalars.dropFirst()))
        }
        return false
    }
}
