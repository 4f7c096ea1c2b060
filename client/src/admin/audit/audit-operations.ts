import { graphql } from '../../__generated__/index.ts';

export const AdminAuditLogQuery = graphql(`
  query AdminAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    admin {
      auditLog(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            at
            actorKind
            actorId
            action
            targetKind
            targetId
            ip
            requestId
            details
          }
        }
      }
    }
  }
`);
