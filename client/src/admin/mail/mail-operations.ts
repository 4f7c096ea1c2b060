import { graphql } from '../../__generated__/index.ts';

export const AdminMailOutboxQuery = graphql(`
  query AdminMailOutbox {
    admin {
      mailOutbox(first: 100) {
        mode
        messages {
          id
          kind
          to
          subject
          text
          locale
          createdAt
        }
        notifications {
          id
          kind
          to
          subject
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
    }
  }
`);
