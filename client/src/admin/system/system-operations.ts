import { graphql } from '../../__generated__/index.ts';

export const AdminSystemHealthQuery = graphql(`
  query AdminSystemHealth($hours: Int!) {
    admin {
      systemHealth {
        checkedAt
        services {
          name
          status
          latencyMs
          checks {
            name
            ok
          }
          error
        }
        companies {
          id
          name
          slug
          active
          status
          latencyMs
          errorRate
          circuit
          lastSampleAt
          lastError
          lastSuccessfulSyncAt
          lastSyncError
          history(hours: $hours) {
            at
            probeOk
            latencyMs
            calls
            failures
            errorRate
            circuit
          }
        }
      }
      recentErrors(first: 50) {
        at
        service
        requestId
        operationName
        code
        path
        message
      }
    }
  }
`);
