package mx.michangarrito.hardware.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The output side's bundles: Spanish and English hold the same keys, and every key the code names exists. */
class OutputMessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OutputMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/mx/michangarrito/hardware/printer/messages, src/main/java/mx/michangarrito/hardware/printer, 'printer.|queue.'",
        "/mx/michangarrito/hardware/display/messages, src/main/java/mx/michangarrito/hardware/display, 'display.'",
        "/mx/michangarrito/hardware/output/messages, src/main/java/mx/michangarrito/hardware/output, 'cli.'"})
    void spanishAndEnglishHaveTheSameKeysAndCoverEveryKeyTheCodeUses(String bundle, Path sources, String prefixes)
            throws IOException {
        Properties spanish = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        assertEquals(spanish.stringPropertyNames(), english.stringPropertyNames());

        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:" + prefixes.replace(".", "\\.") + ")[A-Za-z]+)\"");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(!used.isEmpty(), "no key found in " + sources);
        for (String key : used) {
            assertTrue(spanish.containsKey(key), key + " is used but not in " + bundle);
        }
    }
}
