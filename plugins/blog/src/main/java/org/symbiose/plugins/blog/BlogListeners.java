package org.symbiose.plugins.blog;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.spi.content.ItemListener;

/** The blog's one item listener: every event goes to each {@link BlogListener}; one failing does not stop the others. */
@Component(service = ItemListener.class)
public class BlogListeners implements ItemListener {

    private static final Logger LOG = Logger.getLogger(BlogListeners.class.getName());

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<BlogListener> parts;

    @Override
    public void created(Item item) {
        each(part -> part.created(item));
    }

    @Override
    public void edited(Item item) {
        each(part -> part.edited(item));
    }

    @Override
    public void statusChanged(Item item, ItemStatus previous) {
        each(part -> part.statusChanged(item, previous));
    }

    @Override
    public void flagged(Item item, String reason) {
        each(part -> part.flagged(item, reason));
    }

    @Override
    public void imported(List<Item> items) {
        // inside the import's transaction: a failure here must fail the batch, as the contract says
        List<BlogListener> current = parts;
        if (current != null) {
            current.forEach(part -> part.imported(items));
        }
    }

    @Override
    public Optional<String> refuseDeletion(Item item) {
        List<BlogListener> current = parts;
        return current == null ? Optional.empty()
                : current.stream().map(part -> part.refuseDeletion(item)).flatMap(Optional::stream).findFirst();
    }

    private void each(Consumer<BlogListener> event) {
        List<BlogListener> current = parts;
        if (current == null) {
            return;
        }
        for (BlogListener part : current) {
            try {
                event.accept(part);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A blog listener failed: " + part.getClass().getName(), e);
            }
        }
    }
}
