import DragomanGlossary
import Testing

@Test func formsListPreferredFirst() {
    let entry = GlossaryEntry(ar: "حلف شمال الأطلسي", en: "NATO", arVariants: ["حلف شمال الأطلنطي", "الناتو"])
    #expect(entry.arabicForms == ["حلف شمال الأطلسي", "حلف شمال الأطلنطي", "الناتو"])
    #expect(entry.englishForms == ["NATO"])
    #expect(entry.status == .preferred)
}
