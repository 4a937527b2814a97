package mx.michangarrito.pos.fiado;

import java.util.List;
import mx.michangarrito.pos.catalog.SearchText;
import org.hibernate.Session;

/**
 * Customer lookup at the counter: every query word must appear in the name (accents and case ignored, as
 * the catalog compares them) or in the phone digits. Names starting with the query come first.
 */
final class CustomerSearch {

    private CustomerSearch() {
    }

    static List<Customer> search(Session session, String query, int limit) {
        String q = SearchText.of(query == null ? "" : query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        String[] words = q.split(" ");
        StringBuilder hql = new StringBuilder("from Customer c where c.active = true");
        for (int i = 0; i < words.length; i++) {
            hql.append(" and (c.searchName like :w").append(i).append(" escape '!' or c.phone like :w").append(i)
                    .append(" escape '!')");
        }
        hql.append(" order by case when c.searchName like :prefix escape '!' then 0 else 1 end, c.searchName, c.id");
        var select = session.createSelectionQuery(hql.toString(), Customer.class)
                .setParameter("prefix", escapeLike(q) + "%");
        for (int i = 0; i < words.length; i++) {
            select.setParameter("w" + i, "%" + escapeLike(words[i]) + "%");
        }
        return select.setMaxResults(limit).getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
