namespace Casefile.Generator;

/// <summary>Free prose of entity bodies in the three languages of the bar: what investigators write under the attributes.</summary>
internal static class Prose
{
    private static readonly string[] Sentences =
    [
        "The witness saw the defendant leave the bar at about 02:40 and walk towards Kenesary street.",
        "The item was packed in envelope No. 3, sealed and signed by everyone present.",
        "According to the protocol, the door of the flat had no signs of forced entry.",
        "Куәгер оқиға болған түні дәмхананың жанында такси күтіп тұрғанын айтты.",
        "Сарапшы қорытындысы бойынша жарақат ауыр дәрежеге жатады, өмірге қауіпті.",
        "Тінту кезінде ас үйдегі шкафтан 150 000 теңге және екі ұялы телефон табылды.",
        "Свидетель пояснил, что видел, как подозреваемый вышел из подъезда около 23 часов.",
        "Изъятый предмет упакован в бумажный конверт № 2, опечатан печатью «Для пакетов».",
        "Потерпевший настаивал, что ранее подозреваемого не знал и долговых отношений с ним не имел.",
        "The defence notes that the recording has a gap of 14 seconds (see E-3 and the hearing record, p. 31).",
        "Signature on page 4 is illegible; the defender's remark \"no objections\" is written by hand.",
        "Hover text with an emoji 📎 and a mathematical letter 𝔸, as people paste from messengers.",
    ];

    /// <summary>Zero to three paragraphs, sometimes with a plain list that is not attributes.</summary>
    public static void Write(TextWriter output, Random random)
    {
        var paragraphs = random.Next(4);
        for (var p = 0; p < paragraphs; p++)
        {
            output.WriteLine();
            var sentences = 1 + random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                output.Write(s == 0 ? string.Empty : " ");
                output.Write(Sentences[random.Next(Sentences.Length)]);
            }

            output.WriteLine();
        }

        if (random.Next(8) == 0)
        {
            output.WriteLine();
            output.WriteLine("Seized items:");
            output.WriteLine();
            output.WriteLine("1. a knife with a black handle;");
            output.WriteLine("2. a jacket with brown stains.");
        }
    }
}
