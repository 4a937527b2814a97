import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds the native installers of the counter app with the JDK's own tools (jdeps, jlink through jpackage,
 * jpackage), so the same program runs on Linux and on Windows. Called by the installer module's
 * "installer" profile; run by hand with
 * {@code java installer/src/jpackage/BuildInstallers.java --app-dir desktop-pos/target/app --main-jar
 * desktop-pos-0.1.0-SNAPSHOT.jar --version 0.1.0-SNAPSHOT --src installer/src/jpackage --out installer/target/jpackage
 * [--aot-cache false]}.
 *
 * <p>Steps: the runtime's modules are what jdeps finds in every jar of the app folder (so JavaFX, serial
 * or Bluetooth jars added later bring their modules in by themselves) plus the few the app loads by
 * name; jpackage links that runtime and makes the app image; on Linux the image's native code loses its
 * symbol tables and, unless {@code --aot-cache false}, a training run in the image makes the JDK's AOT cache
 * of the start ({@link AotCache}); then one installer per package type of this
 * OS is made from the image: .deb (and .rpm when rpmbuild is installed) on Linux, .msi and .exe (WiX) on
 * Windows.
 */
public class BuildInstallers {

    static final String NAME = "MiChangarrito POS";
    static final String MAIN_CLASS = "mx.michangarrito.pos.Main";
    static final String VENDOR = "MiChangarrito";
    static final String DESCRIPTION = "Punto de venta para tiendas de abarrotes, papelerías y farmacias de barrio";
    static final String COPYRIGHT = "MiChangarrito";
    /** Short name for the command line ({@code michangarrito --self-test}) and, on Linux, the package. */
    static final String COMMAND = "michangarrito";
    static final String LINUX_PACKAGE = "michangarrito-pos";
    /** Never change it: Windows replaces an installed version only when the upgrade code matches. */
    static final String WINDOWS_UPGRADE_UUID = "0ff5f297-1a54-4ace-b8c4-29ae2f61f355";
    /** jpackage misses JavaFX's native libraries (BUILD-NOTES.md): GTK 3, OpenGL, XF86VidMode, XTest. */
    static final String DEB_DEPENDENCIES = "libgtk-3-0, libgl1, libxxf86vm1, libxtst6";
    /** The same libraries under their Fedora/RHEL package names. */
    static final String RPM_DEPENDENCIES = "gtk3, mesa-libGL, libXxf86vm, libXtst";

    /**
     * Modules the app needs that jdeps cannot see because they are found by name or by ServiceLoader at
     * run time. Each one is small next to what it saves an installer from debugging on a counter.
     */
    static final List<String> MODULES_FOUND_AT_RUN_TIME = List.of(
            "jdk.localedata",   // es-MX dates and numbers: java.base only carries English locale data
            "jdk.charsets",     // ticket printers' DOS code pages (CP437, CP850, CP858) and Windows-125x
            "jdk.unsupported",  // sun.misc.Unsafe, taken reflectively by Byte Buddy (Hibernate) and JavaFX
            "jdk.zipfs",        // the zip FileSystemProvider, looked up by ServiceLoader (jar scanning)
            "java.naming");     // JNDI lookups Hibernate and H2 try while starting

    /** Flags for the app's JVM, written into the launcher's .cfg (the launcher ignores JDK_JAVA_OPTIONS). */
    static final List<String> JAVA_OPTIONS = List.of(
            "--enable-native-access=ALL-UNNAMED", // JavaFX, jSerialComm, BlueCove load native code
            "-XX:CompileThresholdScaling=4",      // the JIT takes less of a 2-core PC's start (decision 0019)
            "-Xms64m",
            "-Xmx1g");                            // 100k products and a day of sales fit with room to spare

    static final String JLINK_OPTIONS = "--strip-native-commands --strip-debug --no-man-pages --no-header-files"
            + " --include-locales=en,es";

    private final Map<String, String> options;
    private final Path out;

    BuildInstallers(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(option("out")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new BuildInstallers(options).build();
    }

    private String option(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    void build() throws IOException {
        Path appDir = Path.of(option("app-dir"));
        if (!Files.isRegularFile(appDir.resolve(option("main-jar")))) {
            throw new IllegalStateException(appDir.resolve(option("main-jar"))
                    + " is missing: run the package phase of desktop-pos first");
        }
        deleteRecursively(out);
        Files.createDirectories(out);
        String modules = String.join(",", modules(appDir));
        System.out.println("Runtime modules: " + modules);
        Path input = storedJars(appDir);
        Path image = appImage(input, modules);
        if (os() == Os.LINUX) {
            LinuxPackaging.stripNativeSymbols(image);
        }
        if (Boolean.parseBoolean(options.getOrDefault("aot-cache", "true")) && os() == Os.LINUX) {
            // Linux only: Windows' image layout differs and its training has not been tried yet (decision 0023).
            // The .deb stays under its 60 MB target with it through LinuxPackaging.
            AotCache.train(image, image.resolve("bin").resolve(NAME), out);
        }
        for (String type : installerTypes()) {
            installer(type, image);
        }
        try (Stream<Path> files = Files.list(out)) {
            files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".properties")).sorted()
                    .forEach(f -> System.out.printf("Built %s (%.1f MB)%n", f, size(f) / 1e6));
        }
    }

    /** What jdeps finds in the classes of every jar, plus {@link #MODULES_FOUND_AT_RUN_TIME}. */
    List<String> modules(Path appDir) throws IOException {
        // jdeps refuses modular jars whose optional "requires" are absent (jakarta.transaction → jakarta.cdi),
        // so it reads the classes of all jars as one class path folder instead.
        Path classes = out.resolve("jdeps-classes");
        try (Stream<Path> jars = Files.list(appDir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                extractClasses(jar, classes);
            }
        }
        String found = run("jdeps", "--print-module-deps", "--ignore-missing-deps", "-q", classes.toString()).strip();
        deleteRecursively(classes);
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(found.split(",")));
        modules.addAll(MODULES_FOUND_AT_RUN_TIME);
        // jdeps names JDK modules only; keep the list to what this JDK has (an older one may lack some).
        modules.retainAll(java.lang.module.ModuleFinder.ofSystem().findAll().stream().map(m -> m.descriptor().name()).toList());
        return List.copyOf(modules);
    }

    private static void extractClasses(Path jar, Path into) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                    continue;
                }
                Path target = into.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Copies the app's jars with their entries stored instead of deflated. The installers compress
     * their whole payload in one stream (xz in a .deb), which finds far more to share across plain
     * class files than across separately deflated ones: measured here, 26 MB of jars shrink to 12 MB
     * in the .deb instead of 25 MB. Entry contents and order do not change, so signatures stay valid.
     */
    Path storedJars(Path appDir) throws IOException {
        Path input = out.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(appDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path copy = input.resolve(file.getFileName());
                if (file.toString().endsWith(".jar")) {
                    storeJar(file, copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return input;
    }

    private static void storeJar(Path jar, Path copy) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            zip.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry : in.stream().toList()) {
                byte[] bytes;
                try (InputStream content = in.getInputStream(entry)) {
                    bytes = content.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(bytes.length);
                stored.setCompressedSize(bytes.length);
                stored.setCrc(crc.getValue());
                stored.setTime(entry.getTime());
                zip.putNextEntry(stored);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }

    Path appImage(Path appDir, String modules) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image",
                "--name", NAME,
                "--input", appDir.toString(),
                "--main-jar", option("main-jar"),
                "--main-class", MAIN_CLASS,
                "--add-modules", modules,
                "--jlink-options", JLINK_OPTIONS,
                "--dest", out.resolve("image").toString()));
        args.addAll(commonOptions());
        for (String option : JAVA_OPTIONS) {
            args.addAll(List.of("--java-options", option));
        }
        args.addAll(List.of("--add-launcher", COMMAND + "=" + commandLauncher()));
        if (os() == Os.LINUX) {
            // The udev rule and its installer script travel in the image; postinst puts the rule in place.
            args.addAll(List.of("--app-content", src().resolve("linux/hardware-access").toString()));
        }
        run("jpackage", args.toArray(String[]::new));
        try (Stream<Path> images = Files.list(out.resolve("image"))) {
            return images.findFirst().orElseThrow();
        }
    }

    /** A second launcher with a plain name for installers typing commands; on Windows it has a console. */
    private String commandLauncher() throws IOException {
        String properties = switch (os()) {
            case WINDOWS -> "win-console=true\nwin-shortcut=false\nwin-menu=false\n";
            case LINUX -> ""; // its menu entry is hidden by linux/resources/michangarrito.desktop
            case OTHER -> "";
        };
        return Files.writeString(out.resolve(COMMAND + ".properties"), properties).toString();
    }

    void installer(String type, Path image) {
        List<String> args = new ArrayList<>(List.of("--type", type,
                "--app-image", image.toString(),
                "--name", NAME,
                "--dest", out.toString()));
        args.addAll(commonOptions());
        switch (os()) {
            case LINUX -> args.addAll(List.of(
                    "--resource-dir", src().resolve("linux/resources").toString(),
                    "--linux-package-name", LINUX_PACKAGE,
                    "--linux-app-release", release(),
                    "--linux-deb-maintainer", "soporte@michangarrito.mx",
                    "--linux-menu-group", "Office;Finance;",
                    "--linux-app-category", "misc",
                    "--linux-shortcut",
                    "--linux-package-deps", type.equals("rpm") ? RPM_DEPENDENCIES : DEB_DEPENDENCIES));
            case WINDOWS -> args.addAll(List.of(
                    "--win-per-user-install",
                    "--win-menu",
                    "--win-menu-group", VENDOR,
                    "--win-shortcut",
                    "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID));
            case OTHER -> {
            }
        }
        if (type.equals("deb")) {
            LinuxPackaging.jpackageDeb(args);
        } else {
            run("jpackage", args.toArray(String[]::new));
        }
    }

    private List<String> commonOptions() {
        return List.of("--app-version", appVersion(option("version")),
                "--vendor", VENDOR,
                "--description", DESCRIPTION,
                "--copyright", COPYRIGHT,
                "--icon", src().resolve(os() == Os.WINDOWS ? "icon/michangarrito.ico" : "icon/michangarrito.png").toString());
    }

    /**
     * jpackage wants a numeric version (Windows: at most three parts, the first two up to 255): the
     * numeric part of the Maven version, so 0.1.0-SNAPSHOT and 0.1.0 both give 0.1.0.
     */
    static String appVersion(String mavenVersion) {
        String numeric = mavenVersion.split("[^0-9.]", 2)[0].replaceAll("\\.+$", "");
        if (!numeric.matches("\\d+(\\.\\d+){0,2}")) {
            throw new IllegalArgumentException("cannot make a package version of " + mavenVersion);
        }
        return numeric;
    }

    /** Package release: 0 for a SNAPSHOT, so the release build of the same version (release 1) upgrades it. */
    String release() {
        return option("version").endsWith("-SNAPSHOT") ? "0" : "1";
    }

    List<String> installerTypes() {
        return switch (os()) {
            case LINUX -> onPath("rpmbuild") ? List.of("deb", "rpm") : List.of("deb");
            case WINDOWS -> List.of("msi", "exe");
            case OTHER -> List.of();
        };
    }

    private Path src() {
        return Path.of(option("src")).toAbsolutePath();
    }

    enum Os { LINUX, WINDOWS, OTHER }

    static Os os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("linux") ? Os.LINUX : name.startsWith("windows") ? Os.WINDOWS : Os.OTHER;
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** Runs a JDK tool in this JVM; returns what it printed, throws if it failed. */
    static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " not found: build with a full JDK 25"));
        System.out.println("> " + tool + " " + String.join(" ", args));
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        int exit = provider.run(new PrintWriter(output, true), new PrintWriter(errors, true), args);
        System.out.print(tool.equals("jdeps") ? "" : output);
        System.err.print(errors);
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + exit);
        }
        return output.toString();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
