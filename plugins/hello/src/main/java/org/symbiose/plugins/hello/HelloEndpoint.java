package org.symbiose.plugins.hello;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.Page;
import org.symbiose.api.setting.Settings;
import org.symbiose.spi.content.ItemListener;
import org.symbiose.spi.permission.Permission;
import org.symbiose.spi.permission.PermissionDeclaration;
import org.symbiose.spi.rest.RestEndpoint;
import org.symbiose.spi.setting.Setting;
import org.symbiose.spi.setting.SettingsDeclaration;

/**
 * Answers {@code GET /api/v1/hello/greeting} with the greeting the bundle carries, and lets a
 * member leave a note ({@code POST /api/v1/hello/notes}), stored as a {@code hello.note} item.
 * It also listens: it counts the notes created ({@code GET /api/v1/hello/seen}) and refuses the
 * deletion of a note that says "keep"; and it declares a permission, {@code hello.secret}, that
 * {@code GET /api/v1/hello/secret} checks, and a setting, {@code hello.farewell}.
 */
@Component(service = {RestEndpoint.class, ItemListener.class, PermissionDeclaration.class, SettingsDeclaration.class})
public class HelloEndpoint implements RestEndpoint, ItemListener, PermissionDeclaration, SettingsDeclaration {

    /** What {@code GET /api/v1/hello/farewell} says, as administrators set it. */
    static final String FAREWELL = "hello.farewell";

    /** Reading the secret greeting: moderators by default, as administrators decide. */
    static final String SECRET = "hello.secret";

    private static final String NOTE = NoteType.KEY;
    private final AtomicLong notesSeen = new AtomicLong();

    @Reference
    private ContentStore store;

    @Reference
    private Permissions permissions;

    @Reference
    private Settings settings;

    @GET
    @Path("greeting")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> greeting() {
        return Map.of("greeting", text());
    }

    /** The caller principal's name is the member id. */
    @POST
    @Path("notes")
    @RolesAllowed("member")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Item leaveNote(String text, @Context SecurityContext security) {
        long author = Long.parseLong(security.getUserPrincipal().getName());
        return store.create(new ItemDraft(NOTE, null, text(), text, List.of(), Map.of(), ItemStatus.PUBLISHED),
                author);
    }

    @GET
    @Path("seen")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> seen() {
        return Map.of("notes", notesSeen.get());
    }

    @GET
    @Path("secret")
    @RolesAllowed("member")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> secret(@Context SecurityContext security) {
        if (!permissions.allows(Long.parseLong(security.getUserPrincipal().getName()), SECRET)) {
            throw new ForbiddenException("This needs the permission " + SECRET);
        }
        return Map.of("secret", "Psst, " + text());
    }

    @GET
    @Path("upgrades")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Page<Integer> upgrades() {
        return Page.of(UpgradesRun.versions());
    }

    @GET
    @Path("farewell")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> farewell() {
        return Map.of("farewell", settings.value(FAREWELL));
    }

    @Override
    public List<Setting> settings() {
        return List.of(new Setting(FAREWELL, "What the farewell says", "Au revoir", ".{1,40}"));
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(SECRET, "Read the secret greeting", Role.MODERATOR));
    }

    @Override
    public void created(Item item) {
        if (NOTE.equals(item.type())) {
            notesSeen.incrementAndGet();
        }
    }

    @Override
    public Optional<String> refuseDeletion(Item item) {
        return NOTE.equals(item.type()) && item.body().contains("keep")
                ? Optional.of("this note asks to be kept") : Optional.empty();
    }

    /** Read from the bundle, so a new jar with another text shows that an update took effect. */
    static String text() {
        try (InputStream in = HelloEndpoint.class.getResourceAsStream("/greeting.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
